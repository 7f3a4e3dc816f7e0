import type { AmiClient } from '../ami/ami-client.js';
import { AmiError, AmiErrorCode } from '../ami/ami.errors.js';
import {
  SURPLUS_HANGUP_CONTEXT,
  SURPLUS_HANGUP_USER_EVENT,
  SURPLUS_VARIABLES,
  dialerChannelId,
} from '../config/database/surplus-hangup-dialplan.js';

export type RingingHangupResult = 'hung-up' | 'answered' | 'gone';

/** Asterisk decides within milliseconds of running the action; this covers a slow queue too. */
const DECISION_TIMEOUT_MS = 15_000;
const CALL_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Hangs up a dialer call that is still ringing; a call whose customer answered is left alone
 * (dropping a person who said hello is an abandoned call, exactly what the caller wants to
 * avoid). One AMI action: a Local channel into SURPLUS_HANGUP_CONTEXT, where Asterisk checks
 * and hangs up in one step under the lock the answer path takes (see surplus-hangup-dialplan),
 * at the moment Asterisk runs it, however long the action waited in the queue.
 */
export async function hangUpRingingCall(ami: AmiClient, callId: string): Promise<RingingHangupResult> {
  if (!CALL_ID.test(callId)) throw new RangeError(`not a call id: ${JSON.stringify(callId)}`);
  const request = ami.newActionId();
  const decision = ami.waitForEvent(
    'UserEvent',
    (event) => event.userevent === SURPLUS_HANGUP_USER_EVENT && event['request'] === request,
    DECISION_TIMEOUT_MS,
  );
  decision.catch(() => undefined);
  await ami.send({
    action: 'Originate',
    channel: `Local/s@${SURPLUS_HANGUP_CONTEXT}/n`,
    application: 'NoOp',
    timeout: 5000,
    async: 'true',
    variable: { [SURPLUS_VARIABLES.target]: dialerChannelId(callId), [SURPLUS_VARIABLES.request]: request },
  });
  const result = String((await decision)['result'] ?? '');
  if (result === 'hung-up' || result === 'answered' || result === 'gone') return result;
  throw new AmiError(AmiErrorCode.ACTION_FAILED, `surplus hang-up of ${callId}: unexpected result ${result}`);
}
