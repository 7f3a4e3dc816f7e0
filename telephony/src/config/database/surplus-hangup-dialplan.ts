import { extension, type ConfSection } from '../conf-file.js';

/*
 * A surplus hang-up is decided inside Asterisk, under one lock shared with the answer path,
 * so that "still ringing?" and the hang-up are a single step: an answer either happened
 * before (the hang-up refuses) or comes after (the call was dropped while it rang). Deciding
 * from a channel listing and hanging up with a later AMI action, behind the rate limit,
 * dropped customers who answered in between.
 */

/** The dialer's originated channel gets this uniqueid, so that dialplan can find it from the call id. */
export const dialerChannelId = (callId: string) => `sbdial-${callId}`;
/** The uniqueid of the other half of that Local channel: the one running the route's Dial. */
export const dialerRouteChannelId = (callId: string) => `${dialerChannelId(callId)}${ROUTE_HALF_SUFFIX}`;
const ROUTE_HALF_SUFFIX = '-2';
/** Inherited by every channel of a dialer call: the uniqueid of its originated channel. */
export const DIALER_CHANNEL_VARIABLE = 'SB_DIALER_CHANNEL';
/** Run (Dial's U()) on the customer's channel once it answers, before it is bridged. */
export const DIALER_ANSWERED_CONTEXT = 'switchboard-dialer-answered';
/** Originate `Local/s@<this>/n` with SB_SURPLUS_TARGET and SB_SURPLUS_REQUEST to hang a dialer call up if it still rings. */
export const SURPLUS_HANGUP_CONTEXT = 'switchboard-surplus-hangup';
/** The UserEvent that reports the decision: `Request` (the caller's id) and `Result` (hung-up, answered, gone). */
export const SURPLUS_HANGUP_USER_EVENT = 'SwitchboardSurplusHangup';
/** Where the route half of a surplus call is sent: it ends with cause 19, as an unanswered call. */
const SURPLUS_DROP_CONTEXT = 'switchboard-surplus-drop';
export const SURPLUS_VARIABLES = { target: 'SB_SURPLUS_TARGET', request: 'SB_SURPLUS_REQUEST' } as const;

/** func_lock's named lock: one for all calls (the critical sections are a few variable reads). */
const LOCK_NAME = 'switchboard-dialer-answer';
const ANSWERED = 'SB_ANSWERED';
const SURPLUS = 'SB_SURPLUS';
const v = (name: string) => `\${${name}}`;
// UNLOCK when not held does nothing, so every exit unlocks unconditionally.
const unlock = `Set(SB_LOCKED=\${UNLOCK(${LOCK_NAME})})`;

/** Dial() options that run the answer path on dialer calls only (empty on any other call). */
export const dialerAnswerHookOption = () =>
  `\${IF($["${v(DIALER_CHANNEL_VARIABLE)}" != ""]?U(${DIALER_ANSWERED_CONTEXT}^s^1))}`;

export function surplusHangupDialplan(): ConfSection[] {
  const dialerChannel = v(DIALER_CHANNEL_VARIABLE);
  const target = v(SURPLUS_VARIABLES.target);
  return [
    {
      name: DIALER_ANSWERED_CONTEXT,
      comment:
        'A dialer customer answered: noted under the lock unless a surplus hang-up came first. Without the lock (timeout), answered anyway: never drop a person.',
      separator: '=>',
      lines: extension('s', [
        `Set(SB_LOCKED=\${LOCK(${LOCK_NAME})})`,
        `GotoIf($["\${SHARED(${SURPLUS},${dialerChannel})}" = "1"]?surplus)`,
        `Set(SHARED(${ANSWERED},${dialerChannel})=1)`,
        unlock,
        'Return()',
        `(surplus)${unlock}`,
        'Set(GOSUB_RESULT=ABORT)',
        'Return()',
      ]),
    },
    {
      name: SURPLUS_HANGUP_CONTEXT,
      comment: 'Hangs a dialer call up only if, under the lock, it has not answered; reports by UserEvent.',
      separator: '=>',
      lines: extension('s', [
        'Set(SB_RESULT=answered)',
        `Set(SB_LOCKED=\${LOCK(${LOCK_NAME})})`,
        // No lock, no decision: refusing is the safe side.
        'GotoIf($["${SB_LOCKED}" != "1"]?done)',
        `Set(SB_TARGET=\${IMPORT(${target},CHANNEL(name))})`,
        'ExecIf($["${SB_TARGET}" = ""]?Set(SB_RESULT=gone))',
        'GotoIf($["${SB_TARGET}" = ""]?done)',
        `GotoIf($["\${SHARED(${ANSWERED},${target})}" = "1" | "\${IMPORT(${target},CHANNEL(state))}" = "Up"]?done)`,
        `Set(SHARED(${SURPLUS},${target})=1)`,
        // Out of its Dial, by uniqueid (SoftHangup matches names, cut at 80 characters): the
        // customer's leg is cancelled and the originate ends with it.
        `ChannelRedirect(${target}${ROUTE_HALF_SUFFIX},${SURPLUS_DROP_CONTEXT},s,1)`,
        'Set(SB_RESULT=${IF($["${CHANNELREDIRECT_STATUS}" = "SUCCESS"]?hung-up:gone)})',
        `(done)${unlock}`,
        `UserEvent(${SURPLUS_HANGUP_USER_EVENT},Request: ${v(SURPLUS_VARIABLES.request)},Result: \${SB_RESULT})`,
        'Hangup()',
      ]),
    },
    {
      name: SURPLUS_DROP_CONTEXT,
      comment: 'The route half of a dialer call hung up as surplus: no answer from the user (cause 19).',
      separator: '=>',
      lines: extension('s', ['Hangup(19)']),
    },
  ];
}
