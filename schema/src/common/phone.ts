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

/**
 * The international prefix as dialed: "+" or the ITU's "00". Only these: "011" (North America's)
 * is also how many national numbers begin (Buenos Aires is 011), so it cannot be told apart.
 */
export const INTERNATIONAL_PREFIX_PATTERN = '^(\\+|00)';
const INTERNATIONAL_PREFIX = new RegExp(INTERNATIONAL_PREFIX_PATTERN);

/**
 * The form numbers are compared in (do-not-call lists, duplicates, contact search): the number
 * normalized, then without its international prefix, so `+1 (555) 010-0000`, `0015550100000`
 * and `15550100000` are one number. Without a country setting a national number cannot be
 * mapped to an international one, so a number is equal to itself written with or without "+"
 * or "00" and nothing else (`5550100000` stays another number). Erring this way blocks more,
 * never less. null when the value is not a phone number (normalizePhone's rule).
 */
export function phoneKey(value: string): string | null {
  const phone = normalizePhone(value);
  return phone === null ? null : phone.replace(INTERNATIONAL_PREFIX, '');
}

/** phoneKey of a normalized phone held in SQL (a column or expression), for set-based comparisons. */
export function phoneKeySql(normalized: string): string {
  return `regexp_replace(${normalized}, '${INTERNATIONAL_PREFIX_PATTERN}', '')`;
}
