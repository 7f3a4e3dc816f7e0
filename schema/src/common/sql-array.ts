// Array literals for binding a list as one value: the query builder expands an array binding
// into a list of values, which `= any(?)` cannot take.

/** A text[] literal, each value quoted and escaped. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** A uuid[] literal; the ids are the database's own, so nothing needs quoting. */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
