const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be a row id: Postgres refuses anything else in a uuid column with an error, not a miss. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
