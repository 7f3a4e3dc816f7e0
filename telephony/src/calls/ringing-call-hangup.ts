import type { AmiClient } from '../ami/ami-client.js';
import { coreShowChannels } from '../ami/actions/core-show-channels.action.js';
import { hangup } from '../ami/actions/hangup.action.js';
import { AmiError } from '../ami/ami.errors.js';
import { eventCallVariables } from '../events/channel-variables.js';

export type RingingHangupResult = 'hung-up' | 'answered' | 'gone';

/**
 * Hangs up a dialer call that is still ringing: every channel carrying its SB_CALL_ID. A call
 * with a channel up (the customer answered) is left alone: dropping a person who said hello
 * is an abandoned call, which is exactly what the caller wants to avoid. The check and the
 * hang-up are two AMI actions, so an answer in the milliseconds between them still goes
 * through to the hang-up; the dialer then sees the answer in the call's events.
 */
export async function hangUpRingingCall(ami: AmiClient, callId: string): Promise<RingingHangupResult> {
  const channels = (await coreShowChannels(ami)).filter(
    (channel) => eventCallVariables({ ...channel, event: 'CoreShowChannel' }).SB_CALL_ID === callId,
  );
  if (channels.length === 0) return 'gone';
  if (channels.some((channel) => channel.channelstatedesc === 'Up')) return 'answered';
  // The channel the originate created first: hanging it up tears down the rest of the chain
  // (Local halves, the carrier leg), which may then be gone before their own Hangup arrives.
  const first = channels.find((channel) => channel.uniqueid === channel.linkedid) ?? channels[0]!;
  try {
    // Q.850 cause 19: no answer from user (user alerted), what the callee's network would report.
    await hangup(ami, { channel: first.channel, cause: 19 });
  } catch (error) {
    if (error instanceof AmiError && /no such channel/i.test(error.message)) return 'gone';
    throw error;
  }
  return 'hung-up';
}
