/**
 * Phone numbers as dialed: an optional leading "+" and 3 to 20 digits. Spaces, dashes, dots
 * and parentheses that people type are removed; anything else makes the value invalid.
 */
const SEPARATORS = /[\s\-.()]/g;
const DIALABLE = /^\+?\d{3,20}$/;

export function normalizePhone(value: string): string | null {
  const compact = value.trim().replace(SEPARATORS, '');
  return DIALABLE.test(compact) ? compact : null;
}
