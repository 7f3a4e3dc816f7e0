import type { AmiClient } from '../ami/ami-client.js';
import { originate, type OriginateHandle } from '../ami/actions/originate.action.js';
import { FAKE_PSTN_CALLERS_CONTEXT, FAKE_PSTN_RAW_CALLER_VARIABLE } from '../config/fake-pstn-dialplan.js';

export interface CustomerCallOptions {
  /** The platform's number the customer dials. */
  did: string;
  /** The customer's number, as the carrier presents it. */
  callerId: string;
  /**
   * The number the carrier presents instead of callerId's, character for character, as a
   * hostile or broken carrier might: Originate's CallerID drops - ( ) . from numbers. Write a
   * comma as `~` (AMI splits Variable values at commas).
   */
  rawCallerNumber?: string;
  /** How long the customer stays on the line once answered. Default 20 s. */
  talkSeconds?: number;
  /** The customer's channel id (the Local channel), to find its events. */
  channelId?: string;
}

/**
 * A fake-PSTN customer calls a DID of the platform: the call leaves through the carrier's side
 * of the loopback trunk and arrives in the platform's trunk context like a carrier's call.
 */
export function callPlatform(ami: AmiClient, options: CustomerCallOptions): Promise<OriginateHandle> {
  return originate(ami, {
    channel: `Local/${options.did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
    channelId: options.channelId,
    callerId: `"Customer" <${options.callerId}>`,
    destination: { application: 'Wait', data: String(options.talkSeconds ?? 20) },
    // Inherited by the Local channel's half that dials the platform.
    variables: options.rawCallerNumber ? { [`_${FAKE_PSTN_RAW_CALLER_VARIABLE}`]: options.rawCallerNumber } : undefined,
  });
}
