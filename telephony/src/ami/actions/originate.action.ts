import { randomUUID } from 'node:crypto';
import type { AmiClient } from '../ami-client.js';
import type { SendGuard } from '../action-queue.js';
import type { AmiEventMap } from '../ami-events.js';
import { AmiError, AmiErrorCode } from '../ami.errors.js';

export type OriginateDestination =
  { context: string; exten: string; priority?: number } | { application: string; data?: string };

export interface OriginateParams {
  /** What to call, e.g. `PJSIP/5550001@fake-pstn` or `Local/5550001@switchboard-outbound`. */
  channel: string;
  /** Where the channel goes once answered. */
  destination: OriginateDestination;
  /** How long to ring before giving up. Default 30 s. */
  timeoutMs?: number;
  /** `"Name" <number>` or a number. */
  callerId?: string;
  /** Channel variables set before the call is placed. */
  variables?: Record<string, string>;
  /** Uniqueid for the new channel (default: a UUID), so its events can be matched at once. */
  channelId?: string;
  /** Uniqueid for the second half of a Local channel. */
  otherChannelId?: string;
  /** The channel's accountcode (CDRs, CoreShowChannels' AccountCode): what kind of call it is. */
  account?: string;
  /** Checked right before the action is written (see SendOptions.guard): refused -> AmiError FENCED. */
  guard?: SendGuard;
}

export type OriginateResponseEvent = AmiEventMap['OriginateResponse'];

export interface OriginateHandle {
  actionId: string;
  channelId: string;
  /** Asterisk's verdict (answered, busy, no answer...), once known; waits at most ring time + 30 s. */
  outcome(): Promise<OriginateResponseEvent>;
}

/**
 * Sends one asynchronous `Originate`. Asynchronous because a synchronous one occupies the
 * AMI session until the call is answered, stalling every other action on it.
 */
export async function originate(ami: AmiClient, params: OriginateParams): Promise<OriginateHandle> {
  const actionId = ami.newActionId();
  const channelId = params.channelId ?? randomUUID();
  const timeoutMs = params.timeoutMs ?? 30_000;
  // Listen before sending: the verdict of a call that fails at once can arrive with the response.
  const verdict = listenForVerdict(ami, actionId, timeoutMs + 30_000);
  const destination =
    'application' in params.destination
      ? { application: params.destination.application, data: params.destination.data ?? '' }
      : {
          context: params.destination.context,
          exten: params.destination.exten,
          priority: params.destination.priority ?? 1,
        };
  const sent = ami.send(
    {
      action: 'Originate',
      channel: params.channel,
      ...destination,
      timeout: timeoutMs,
      callerid: params.callerId,
      variable: params.variables,
      channelid: channelId,
      otherchannelid: params.otherChannelId,
      account: params.account,
      async: 'true',
    },
    { actionId, guard: params.guard },
  );
  await sent.catch((error: unknown) => {
    verdict.cancel();
    throw error;
  });
  return { actionId, channelId, outcome: () => verdict.promise };
}

function listenForVerdict(ami: AmiClient, actionId: string, timeoutMs: number) {
  let stop: () => void = () => undefined;
  const promise = new Promise<OriginateResponseEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new AmiError(AmiErrorCode.ACTION_TIMEOUT, `No OriginateResponse for ${actionId} within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = ami.on('OriginateResponse', (event) => {
      if (event.actionid !== actionId) return;
      stop();
      resolve(event);
    });
    stop = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
  // Nobody may ever ask for the verdict; its timeout must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, cancel: () => stop() };
}
