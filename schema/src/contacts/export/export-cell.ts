import { normalizePhone } from '../../common/phone.js';

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as exported. Text a spreadsheet could evaluate gets a leading apostrophe, which
 * spreadsheets take as "this is text" and do not show. One exception keeps exported numbers
 * dialable and re-importable: in a phone column, a value that is a phone number exactly as
 * Switchboard stores it (normalizePhone leaves it unchanged: an optional "+" and digits only)
 * stays as it is; "+" followed by digits alone can compute nothing but that number.
 */
export function exportCell(value: string, phoneColumn = false): string {
  if (!FORMULA_START.test(value)) return value;
  if (phoneColumn && normalizePhone(value) === value) return value;
  return `'${value}`;
}

/** A form answer or other stored value as cell text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
