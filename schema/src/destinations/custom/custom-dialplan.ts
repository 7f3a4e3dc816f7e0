import { isMultiLineText } from '../../common/text-rules.js';
import { CustomDialplanErrors } from './custom-dialplan.errors.js';

export const CUSTOM_DIALPLAN_MAX_BYTES = 64 * 1024;
/** Context names: what Asterisk and a Goto() argument take without quoting. */
export const CUSTOM_CONTEXT = /^[A-Za-z0-9_-]{1,79}$/;
const HEADING = /^\[([^\]]*)\](?:\(([^)]*)\))?\s*(?:;.*)?$/;
/** Contexts the generated configuration owns, or that pbx_config reads as settings. */
const RESERVED = [/^sb-/i, /^switchboard/i, /^fake-pstn/i, /^general$/i, /^globals$/i];

const invalid = (line: number, message: string) =>
  CustomDialplanErrors.create('INVALID', `content line ${line}: ${message}`, { line });

export function isReservedContext(name: string): boolean {
  return RESERVED.some((pattern) => pattern.test(name));
}

/**
 * What may go into extensions_custom.conf, checked before Asterisk reads it: no `#include`,
 * `#tryinclude` or `#exec` (they read other files or run commands as Asterisk), no context
 * the generated configuration owns (a second `[switchboard-from-trunk]` would merge into
 * ours and take DIDs), no control characters but line breaks and tabs. Returns the contexts
 * it defines, which Asterisk must show after the reload. The dialplan itself is Asterisk's to
 * judge.
 */
export function checkCustomDialplan(content: string): string[] {
  if (Buffer.byteLength(content, 'utf8') > CUSTOM_DIALPLAN_MAX_BYTES) {
    throw CustomDialplanErrors.create('INVALID', `content: at most ${CUSTOM_DIALPLAN_MAX_BYTES} bytes`);
  }
  if (!isMultiLineText(content)) throw CustomDialplanErrors.create('INVALID', 'content: control characters');
  const contexts: string[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line.startsWith('#')) throw invalid(number, 'directives (#include, #exec...) are not allowed');
    if (!line.startsWith('[')) {
      if (contexts.length === 0 && line !== '' && !line.startsWith(';')) {
        throw invalid(number, 'dialplan lines go inside a [context]');
      }
      return;
    }
    const heading = HEADING.exec(line);
    const name = heading?.[1] ?? '';
    if (!heading || !CUSTOM_CONTEXT.test(name)) {
      throw invalid(number, 'a context is [name] with letters, digits, _ and - only');
    }
    if (heading[2] !== undefined && !/^(!|[A-Za-z0-9_,!-]*)$/.test(heading[2])) {
      throw invalid(number, 'template names are letters, digits, _ and - only');
    }
    if (isReservedContext(name)) throw invalid(number, `context ${name} is reserved for Switchboard`);
    if (heading[2] !== '!' && !contexts.includes(name)) contexts.push(name);
  });
  return contexts;
}
