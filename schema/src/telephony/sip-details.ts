import { isMultiLineText } from '../common/text-rules.js';
import { TelephonyErrors } from './telephony.errors.js';

/**
 * A trunk's "SIP details": Asterisk pjsip-wizard text, as the manual's templates show it.
 * Accepted: `key = value` lines, one optional `[section]` header before them, blank lines and
 * comments starting with # or ;. `#include` and `#exec` look like comments but are Asterisk
 * directives that read files or run commands, so they are refused.
 */
export interface SipSetting {
  line: number;
  key: string;
  value: string;
}

const SECTION = /^\[[A-Za-z0-9_-]+\]$/;
const SETTING = /^([A-Za-z0-9_./-]+)\s*=\s*(.*)$/;
const DIRECTIVE = /^#\s*(include|tryinclude|exec)\b/i;
/**
 * Values of these keys are credentials: never returned by the API. Generous on purpose:
 * pjsip has password, md5_cred, oauth_secret, refresh_token..., and masking a value that was
 * not secret costs nothing (it is kept on save), while missing one leaks it. Matched on the
 * last part of the key (`outbound_auth/md5_cred`), so `username` and `auth` stay readable.
 */
const SECRET_KEY = /(pass|secret|cred|token|private_key|api_?key)[^/]*$/i;
export const MASKED_SECRET = '********';

function invalidLine(line: number, content: string, problem: string) {
  return TelephonyErrors.create('INVALID_SIP_DETAILS', `sipDetails line ${line}: ${problem}`, {
    field: 'sipDetails',
    line,
    content,
  });
}

/** The settings of a wizard text, or INVALID_SIP_DETAILS naming the first bad line. */
export function parseSipDetails(text: string): SipSetting[] {
  const settings: SipSetting[] = [];
  let sectionSeen = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '') return;
    // A lone CR, a form feed or NUL could end the line for Asterisk's parser but not for this one.
    if (!isMultiLineText(raw)) throw invalidLine(line, content, 'control characters are not allowed');
    if (DIRECTIVE.test(content)) throw invalidLine(line, content, 'Asterisk directives are not allowed');
    if (content.startsWith('#') || content.startsWith(';')) return;
    if (content.startsWith('[')) {
      if (!SECTION.test(content)) throw invalidLine(line, content, 'a section header is [letters, digits, _ or -]');
      if (sectionSeen || settings.length > 0) {
        throw invalidLine(line, content, 'only one [section] header is allowed, before the settings');
      }
      sectionSeen = true;
      return;
    }
    const match = SETTING.exec(content);
    if (!match) throw invalidLine(line, content, 'expected "key = value"');
    settings.push({ line, key: match[1]!, value: match[2]!.trim() });
  });
  if (settings.length === 0) {
    throw TelephonyErrors.create('INVALID_SIP_DETAILS', 'sipDetails: has no "key = value" settings', {
      field: 'sipDetails',
      line: null,
    });
  }
  return settings;
}

function isSecret(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** The text with every credential value replaced by MASKED_SECRET, for reading through the API. */
export function maskSipSecrets(text: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part) => {
      const match = SETTING.exec(part.trim());
      if (!match || !isSecret(match[1]!) || match[2]!.trim() === '') return part;
      return part.replace(/=.*$/, `= ${MASKED_SECRET}`);
    })
    .join('');
}

/**
 * Clients edit the masked text they read, so a credential still equal to MASKED_SECRET means
 * "keep the stored value". A mask with no stored value for its key is an error, not a password.
 */
export function restoreMaskedSecrets(next: string, stored: string): string {
  const storedSecrets = new Map<string, string>();
  for (const setting of stored.trim() === '' ? [] : parseSipDetails(stored)) {
    if (isSecret(setting.key)) storedSecrets.set(setting.key, setting.value);
  }
  return next
    .split(/(\r?\n)/)
    .map((part, index) => {
      const match = SETTING.exec(part.trim());
      if (!match || !isSecret(match[1]!) || match[2]!.trim() !== MASKED_SECRET) return part;
      const kept = storedSecrets.get(match[1]!);
      // Parts alternate text and separators, so text part i is line i / 2 + 1.
      if (kept === undefined) throw invalidLine(index / 2 + 1, part.trim(), `no stored value to keep for ${match[1]}`);
      return part.replace(/=.*$/, () => `= ${kept}`);
    })
    .join('');
}
