import { DIALABLE_PHONE_PATTERN, PHONE_DIGITS, PHONE_SEPARATOR_PATTERN } from '../../common/phone.js';

/**
 * SQL fragments shared by the contact and do-not-call imports. They apply, set-based over
 * staged rows (alias `r`), the rules the services apply in JavaScript one value at a time.
 */

/** What String.prototype.trim removes (JavaScript's \s), as the character set btrim takes. */
export const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The patterns, bound once and named p.ws, p.separators and p.dialable in the queries. */
export const PATTERNS_CTE = 'p as (select ?::text as ws, ?::text as separators, ?::text as dialable)';
export const PATTERN_BINDINGS: readonly string[] = [JS_WHITESPACE, PHONE_SEPARATOR_PATTERN, DIALABLE_PHONE_PATTERN];

/** The staged value of a column (0-based index in the header). */
export function value(index: number): string {
  return `r.values[${index + 1}]`;
}

/** The value as contacts store it: trimmed, or null when nothing is left. */
export function stored(index: number): string {
  return `nullif(btrim(${value(index)}, p.ws), '')`;
}

/** Whether the cell holds anything but whitespace. */
export function present(index: number): string {
  return `(btrim(${value(index)}, p.ws) <> '')`;
}

/** normalizePhone's compaction of a column's value. */
export function normalizedPhone(index: number): string {
  return `regexp_replace(${value(index)}, p.separators, '', 'g')`;
}

/**
 * The given columns normalized once per row, as phone_<index>: a lateral subquery that
 * "offset 0" keeps from being inlined (inlined, each use would run the regular expression again).
 */
export function normalizedPhones(indexes: readonly number[]): string {
  const columns = indexes.map((index) => `${normalizedPhone(index)} as phone_${index}`);
  return `lateral (select ${columns.join(', ')} offset 0) n`;
}

/** A column normalized by normalizedPhones; unqualified, so that queries over its rows can name it too. */
export function phone(index: number): string {
  return `phone_${index}`;
}

/** normalizePhone's acceptance of a compacted value (e.g. phone(index)). */
export function isPhone(compacted: string): string {
  return (
    `(${compacted} ~ p.dialable` +
    ` and length(ltrim(${compacted}, '+')) between ${PHONE_DIGITS.min} and ${PHONE_DIGITS.max})`
  );
}

/** Postgres text for a message, quoting the value (shortened: messages are not for big cells). */
export function quotedValue(sql: string): string {
  return `'"' || left(${sql}, 40) || '"'`;
}

/**
 * A UUIDv7 (RFC 9562) for each imported row: the import's start time, then a counter (the
 * row number) and random bits. Rows of one import get ascending ids, so the primary key index
 * grows at its right edge instead of taking a random page per row (a quarter less time on a
 * million-row import); ids stay unique across imports by time and random bits.
 */
export function orderedUuid(startedAt: Date, counter: string): string {
  const time = startedAt.getTime().toString(16).padStart(12, '0');
  const prefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  return (
    `('${prefix}' || lpad(to_hex((${counter} >> 20) & 4095), 3, '0') || '-' ||` +
    ` to_hex(32768 | ((${counter} >> 6) & 16383)) || '-' ||` +
    ` lpad(to_hex(((${counter} & 63)::bigint << 42) | floor(random() * 4398046511104)::bigint), 12, '0'))::uuid`
  );
}
