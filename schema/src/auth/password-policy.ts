import { distance } from 'fastest-levenshtein';
import { dictionary } from '@zxcvbn-ts/language-common';
import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';

export const PasswordErrors = defineDomainErrors('PASSWORD', {
  TOO_SHORT: ErrorKind.BAD_USER_INPUT,
  ENTIRELY_NUMERIC: ErrorKind.BAD_USER_INPUT,
  TOO_COMMON: ErrorKind.BAD_USER_INPUT,
  TOO_SIMILAR: ErrorKind.BAD_USER_INPUT,
});

export const MINIMUM_PASSWORD_LENGTH = 8;
const commonPasswords = new Set(
  (dictionary as Record<string, string[]>)['passwords-common']!.map((word) => word.toLowerCase()),
);

/** Similarity in [0, 1] from edit distance, like Django's attribute-similarity check. */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * The manual's password rules: at least 8 characters, not entirely numeric, not a commonly
 * used password, not too similar to the user's other information.
 */
export function assertPasswordAcceptable(password: string, personal: Array<string | null | undefined>): void {
  if (password.length < MINIMUM_PASSWORD_LENGTH) {
    throw PasswordErrors.create('TOO_SHORT', `Password must contain at least ${MINIMUM_PASSWORD_LENGTH} characters`, {
      field: 'password',
    });
  }
  if (/^\d+$/.test(password)) {
    throw PasswordErrors.create('ENTIRELY_NUMERIC', "Password can't be entirely numeric", { field: 'password' });
  }
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) {
    throw PasswordErrors.create('TOO_COMMON', "Password can't be a commonly used password", { field: 'password' });
  }
  for (const value of personal) {
    if (!value || value.length < 3) continue;
    const attribute = value.toLowerCase();
    const parts = [attribute, ...attribute.split(/[\W_]+/).filter((part) => part.length >= 3)];
    if (parts.some((part) => lowered.includes(part) || similarity(lowered, part) >= 0.7)) {
      throw PasswordErrors.create('TOO_SIMILAR', "Password can't be too similar to your other personal information", {
        field: 'password',
      });
    }
  }
}
