/**
 * Phone numbers as dialed: an optional leading "+" and 3 to 20 digits. Spaces, dashes, dots
 * and parentheses that people type are removed; anything else makes the value invalid.
 *
 * The patterns mean the same in JavaScript and in Postgres regular expressions, so that CSV
 * imports apply this rule in SQL, set-based, over staged rows (contacts/import); a test runs
 * both on the same values. Whitespace is JavaScript's \s spelled out: Postgres's classes
 * depend on the server's locale.
 */
export const PHONE_SEPARATOR_PATTERN =
  '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff().-]';
export const DIALABLE_PHONE_PATTERN = '^\\+?[0-9]+$';
/** Digits allowed, "+" not counted. (A length check: Postgres runs a counted {3,20} four times slower.) */
export const PHONE_DIGITS = { min: 3, max: 20 } as const;

const SEPARATORS = new RegExp(PHONE_SEPARATOR_PATTERN, 'g');
const DIALABLE = new RegExp(DIALABLE_PHONE_PATTERN);

export function normalizePhone(value: string): string | null {
  const compact = value.trim().replace(SEPARATORS, '');
  if (!DIALABLE.test(compact)) return null;
  const digits = compact.length - (compact.startsWith('+') ? 1 : 0);
  return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max ? compact : null;
}
