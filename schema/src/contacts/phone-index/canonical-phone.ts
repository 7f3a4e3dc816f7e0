import { phoneKey, phoneKeySql } from '../../common/phone.js';

/**
 * The one form numbers are compared in: phoneKey (common/phone.ts), i.e. normalized (spaces,
 * dashes, dots and parentheses removed) and without the international prefix "+" or "00".
 * `+54 11 4444-0001`, `005411 4444 0001` and `541144440001` are one number. Do-not-call lists
 * store numbers in this form too, and the phone index (contact_phones) holds contacts' phones
 * in it. null when the value is not a phone number.
 */
export function canonicalPhone(raw: string): string | null {
  return phoneKey(raw);
}

/** canonicalPhone of a phone already stored normalized (as contacts store theirs), in SQL. */
export function canonicalPhoneSql(normalized: string): string {
  return phoneKeySql(normalized);
}
