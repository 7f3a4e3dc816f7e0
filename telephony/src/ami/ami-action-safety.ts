import { AmiError, AmiErrorCode } from './ami.errors.js';

/**
 * AMI is a line protocol: a CR or LF inside a value ends its header and starts another one
 * (`Application: System`), an empty line ends the action and starts a new one. The other C0
 * controls, DEL and the Unicode line separators have no business in a header either, and
 * some tools treat them as line ends. Nothing carrying one is ever written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
/** What Asterisk header names look like; asterisk-manager drops spaces and title-cases them. */
const HEADER_NAME = /^[A-Za-z0-9_-]+$/;

/** Why a header cannot be sent, or undefined when it can. */
function problemOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') return UNSAFE_CHARACTER.test(value) ? 'a control character' : undefined;
  if (Array.isArray(value)) return value.map(problemOf).find((problem) => problem !== undefined);
  return `a ${typeof value} value`;
}

/**
 * Asterisk splits a `Variable:` header at commas (outside parentheses), so "1,__SB_CAMPAIGN_ID=x"
 * would set a second variable. No value Switchboard sends needs one.
 */
function commaIn(value: unknown): string | undefined {
  return String(value).includes(',') ? 'a comma (Asterisk would read a second variable)' : undefined;
}

function refuse(action: unknown, header: string, problem: string): never {
  throw new AmiError(
    AmiErrorCode.UNSAFE_ACTION,
    `${String(action)}: header ${JSON.stringify(header)} holds ${problem}; the action was not sent`,
    { action: String(action), header },
  );
}

/**
 * Throws UNSAFE_ACTION unless every header name and value of the action (and every name and
 * value of an object header such as `Variable`) is free of control characters. Called before
 * queueing and again where the bytes are written.
 */
export function assertSafeAction(action: Readonly<Record<string, unknown>>): void {
  const name = typeof action['action'] === 'string' ? action['action'] : '(no action name)';
  for (const [header, value] of Object.entries(action)) {
    if (!HEADER_NAME.test(header)) refuse(name, header, 'characters a header name cannot have');
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key === '' || key.includes('=') || UNSAFE_CHARACTER.test(key))
          refuse(name, `${header} ${key}`, 'a bad name');
        // The library writes `name=value` with value.toString(): a missing value would throw there.
        const problem = entry === undefined || entry === null ? 'no value' : (problemOf(entry) ?? commaIn(entry));
        if (problem) refuse(name, `${header} ${key}`, problem);
      }
      continue;
    }
    const problem = problemOf(value);
    if (problem) refuse(name, header, problem);
  }
}
