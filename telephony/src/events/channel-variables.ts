import type { AmiEventBase } from '../ami/ami-events.js';

/**
 * Variables of the channel-variable contract, without the inheritance underscores.
 * SB_RECORDING (the recording's path, relative to the recordings directory) is set by the
 * call-setup dialplan once MixMonitor starts, so only events after that carry it.
 */
export const CALL_VARIABLES = [
  'SB_CALL_ID',
  'SB_CAMPAIGN_ID',
  'SB_CONTACT_ID',
  'SB_AGENT_ID',
  'SB_PHONE',
  'SB_RECORDING',
] as const;
export type CallVariable = (typeof CALL_VARIABLES)[number];
export type CallVariables = Partial<Record<CallVariable, string>>;

const KNOWN = new Set<string>(CALL_VARIABLES);

/** `__SB_CALL_ID` and `_SB_CALL_ID` (inherited forms) are `SB_CALL_ID`. */
export function callVariableName(name: string): CallVariable | undefined {
  const bare = name.replace(/^_+/, '').toUpperCase();
  return KNOWN.has(bare) ? (bare as CallVariable) : undefined;
}

function addPair(into: CallVariables, name: string, value: unknown): void {
  const known = callVariableName(name);
  if (known && typeof value === 'string' && value !== '') into[known] = value;
}

/** `NAME=value` lines, as a string or an array of them. */
function addLines(into: CallVariables, lines: unknown): void {
  for (const line of Array.isArray(lines) ? lines : [lines]) {
    if (typeof line !== 'string') continue;
    const at = line.indexOf('=');
    if (at > 0) addPair(into, line.slice(0, at), line.slice(at + 1));
  }
}

/**
 * The contract's variables an event carries through manager.conf `channelvars`. Asterisk writes
 * `ChanVariable: NAME=value` (asterisk-manager turns that into an object); dial events carry the
 * called channel's as `DestChanVariable` lines; older Asterisk wrote `ChanVariable(NAME): value`.
 */
export function eventCallVariables(event: AmiEventBase, prefix: '' | 'dest' = ''): CallVariables {
  const found: CallVariables = {};
  const header = event[`${prefix}chanvariable`];
  if (header && typeof header === 'object' && !Array.isArray(header)) {
    for (const [name, value] of Object.entries(header)) addPair(found, name, value);
  } else addLines(found, header);
  for (const [key, value] of Object.entries(event)) {
    const match = /^(?:dest)?chanvariable\((.+)\)$/.exec(key);
    if (match && key.startsWith(prefix === 'dest' ? 'dest' : 'chan')) addPair(found, match[1]!, value);
  }
  return found;
}

/**
 * A VarSet of a contract variable: how a call's ids are learned before manager.conf lists them
 * in `channelvars` (Asterisk raises VarSet when Originate sets them and when a channel inherits
 * them). asterisk-manager parses `Variable: NAME` into `{ NAME: '' }`.
 */
export function varSetCallVariable(event: AmiEventBase): [CallVariable, string] | undefined {
  const header = event['variable'];
  const name = typeof header === 'string' ? header : header && typeof header === 'object' ? Object.keys(header)[0] : '';
  const known = name ? callVariableName(name) : undefined;
  const value = event['value'];
  return known && typeof value === 'string' && value !== '' ? [known, value] : undefined;
}

/** Name of the variable a VarSet sets, without inheritance underscores (for AMDSTATUS, QUEUESTATUS...). */
export function varSetName(event: AmiEventBase): string {
  const header = event['variable'];
  const name = typeof header === 'string' ? header : header && typeof header === 'object' ? Object.keys(header)[0] : '';
  return (name ?? '').replace(/^_+/, '').toUpperCase();
}
