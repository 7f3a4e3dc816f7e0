// Characters that need escaping inside a quoted array element ("  \) or in COPY's text format
// (\ tab newline carriage-return).
const NEEDS_ESCAPE = /["\\\t\n\r]/;
const ESCAPES: Record<string, string> = {
  '"': '\\\\"',
  '\\': '\\\\\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const ESCAPED = /["\\\t\n\r]/g;

/**
 * A value as an element of a text[] literal inside COPY's text format: always quoted (so that
 * spaces, commas and braces are kept as they are), then escaped twice where needed: once for
 * the array literal (\" and \\), once for COPY (\\ for each backslash, \t \n \r).
 */
export function arrayElement(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(ESCAPED, (character) => ESCAPES[character]!)}"`;
}

/** One line of `COPY csv_upload_rows (upload_id, row_number, values) FROM STDIN`. */
export function stagedRowLine(uploadId: string, row: number, values: readonly string[]): string {
  // Most records need no escaping: one join then (measured: twice as fast as element by element).
  if (!values.some((item) => NEEDS_ESCAPE.test(item))) return `${uploadId}\t${row}\t{"${values.join('","')}"}\n`;
  return `${uploadId}\t${row}\t{${values.map(arrayElement).join(',')}}\n`;
}
