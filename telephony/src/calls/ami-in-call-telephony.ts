import type { AgentCallChannels, InCallTelephony, InCallTransferTarget } from '@switchboard/schema';
import type { AmiClient } from '../ami/ami-client.js';
import { atxfer } from '../ami/actions/atxfer.action.js';
import { blindTransfer } from '../ami/actions/blind-transfer.action.js';
import { cancelAtxfer } from '../ami/actions/cancel-atxfer.action.js';
import { hangup } from '../ami/actions/hangup.action.js';
import { mixMonitor } from '../ami/actions/mix-monitor.action.js';
import { playDtmf } from '../ami/actions/play-dtmf.action.js';
import { setVar } from '../ami/actions/set-var.action.js';
import { userEvent } from '../ami/actions/user-event.action.js';
import { stopMixMonitor } from '../ami/actions/stop-mix-monitor.action.js';
import { getVar } from '../ami/actions/get-var.action.js';
import { campaignKey } from '../config/database/call-setup-dialplan.js';
import {
  CONSULT_AGENT_VARIABLE,
  CONSULT_CONTEXT,
  CONSULT_CONTEXT_VARIABLE,
  CONSULT_EXTEN_VARIABLE,
  CONSULT_EXTENSION,
  HOLD_CONTEXT,
  HOLD_EXTENSION,
  TRANSFER_AGENT_CONTEXT,
  TRANSFER_CAMPAIGN_CONTEXT,
  TRANSFER_CANCELLED_USER_EVENT,
  TRANSFER_NUMBER_CONTEXT,
} from '../config/database/in-call-dialplan.js';
import { findAgentChannels, HELD_PEER_VARIABLE, RECORDING_ACTIVE_VARIABLE } from './agent-channels.js';
import { recordingFileName } from './recording-file-name.js';

export interface InCallRecordingOptions {
  /** Absolute folder inside the chroot (PBX_RECORDINGS_DIR). */
  directory: string;
  /** PBX_RECORDING_FILE_PATTERN. */
  fileNamePattern: string;
}

/**
 * Attended-transfer keys of Asterisk's features.conf defaults, pressed for the agent with
 * PlayDTMF(Receive): the consultation becomes a three-way call.
 */
const THREEWAY_KEYS = ['*', '3'];
/** How long Asterisk may take to read the transfer keys and dial the consultation leg (a loaded 2-core box took over 8 s). */
const CONSULT_START_TIMEOUT_MS = 15_000;

/** `PJSIP/1234-0000000a` -> 1234. */
const extensionOf = (channel: string) => Number(/^PJSIP\/(\d+)-/.exec(channel)?.[1] ?? Number.NaN);

function destination(target: InCallTransferTarget): { context: string; exten: string } {
  switch (target.kind) {
    case 'AGENT':
      return { context: TRANSFER_AGENT_CONTEXT, exten: String(target.sipExtension) };
    case 'NUMBER':
      return { context: TRANSFER_NUMBER_CONTEXT, exten: target.number };
    case 'CAMPAIGN':
      return { context: TRANSFER_CAMPAIGN_CONTEXT, exten: campaignKey(target.campaignId) };
  }
}

/**
 * In-call actions over AMI, each a single command on the agent's or the customer's channel:
 * hold is a consultation of a silent local leg (Asterisk plays the customer music on hold and
 * brings the agent back on cancel), transfers are Asterisk's own blind and attended transfers, and
 * recordings are MixMonitor on the customer's channel, which stays in the call throughout.
 */
export class AmiInCallTelephony implements InCallTelephony {
  constructor(
    private readonly ami: AmiClient,
    private readonly recordings: InCallRecordingOptions,
  ) {}

  currentCall(sipExtension: number): Promise<AgentCallChannels | null> {
    return findAgentChannels(this.ami, sipExtension);
  }

  async hold(call: AgentCallChannels): Promise<void> {
    await this.consult(call, { context: HOLD_CONTEXT, exten: HOLD_EXTENSION });
  }

  async unhold(call: AgentCallChannels): Promise<void> {
    await cancelAtxfer(this.ami, { channel: call.agentChannel });
    // Answer once the agent is back with the customer: the console's next action finds the call so.
    await this.settled(call.agentChannel, (now) => !now.onHold, 'the held call did not come back');
  }

  async hangup(call: AgentCallChannels): Promise<void> {
    await hangup(this.ami, { channel: call.agentChannel });
  }

  async blindTransfer(call: AgentCallChannels, target: InCallTransferTarget): Promise<void> {
    await blindTransfer(this.ami, { channel: call.agentChannel, ...destination(target) });
  }

  async startConsultation(call: AgentCallChannels, target: InCallTransferTarget): Promise<void> {
    await this.consult(call, destination(target));
  }

  async cancelConsultation(call: AgentCallChannels): Promise<void> {
    const channel = call.agentChannel;
    const [uniqueid, linkedid] = await Promise.all([
      getVar(this.ami, { channel, variable: 'UNIQUEID' }),
      getVar(this.ami, { channel, variable: 'CHANNEL(linkedid)' }),
    ]);
    await cancelAtxfer(this.ami, { channel });
    await userEvent(this.ami, TRANSFER_CANCELLED_USER_EVENT, {
      channel,
      uniqueid,
      linkedid,
      sb_call_id: call.callId,
    });
  }

  /** The transferer leaving completes an attended transfer in Asterisk: the agent's leg hangs up. */
  async completeConsultation(call: AgentCallChannels): Promise<void> {
    await hangup(this.ami, { channel: call.agentChannel });
  }

  async conference(call: AgentCallChannels): Promise<void> {
    for (const digit of THREEWAY_KEYS) {
      await playDtmf(this.ami, { channel: call.agentChannel, digit, receive: true });
    }
  }

  async startRecording(call: AgentCallChannels, agentId: string): Promise<string> {
    const customer = call.peerChannel!;
    const phone = await getVar(this.ami, { channel: customer, variable: 'SB_PHONE' });
    const file = recordingFileName(this.recordings.fileNamePattern, {
      at: new Date(),
      campaignId: call.campaignId,
      callId: call.callId,
      agentId,
      phone,
    });
    // Set first: the MixMonitorStart event then carries the file, as the call-event log expects.
    await setVar(this.ami, { channel: customer, variable: '__SB_RECORDING', value: file });
    await setVar(this.ami, { channel: customer, variable: RECORDING_ACTIVE_VARIABLE, value: '1' });
    await mixMonitor(this.ami, { channel: customer, file: `${this.recordings.directory}/${file}` });
    return file;
  }

  async stopRecording(call: AgentCallChannels): Promise<void> {
    await stopMixMonitor(this.ami, { channel: call.peerChannel! });
    await setVar(this.ami, { channel: call.peerChannel!, variable: RECORDING_ACTIVE_VARIABLE, value: '' });
  }

  /**
   * An attended transfer to the consultation extension, which goes on to `to`. The customer's
   * channel is kept on the agent's, to be found while the agent's leg talks to someone else.
   */
  private async consult(call: AgentCallChannels, to: { context: string; exten: string }): Promise<void> {
    const channel = call.agentChannel;
    await setVar(this.ami, { channel, variable: HELD_PEER_VARIABLE, value: call.peerChannel ?? '' });
    await setVar(this.ami, { channel, variable: `__${CONSULT_CONTEXT_VARIABLE}`, value: to.context });
    await setVar(this.ami, { channel, variable: `__${CONSULT_EXTEN_VARIABLE}`, value: to.exten });
    await setVar(this.ami, { channel, variable: `__${CONSULT_AGENT_VARIABLE}`, value: channel });
    await atxfer(this.ami, { channel, context: CONSULT_CONTEXT, exten: CONSULT_EXTENSION });
    // Asterisk reads the transfer keys, then dials: answer once the call is in its new shape, so
    // that the console's next action (unhold, cancel...) finds it.
    await this.settled(
      channel,
      (now) => now.consulting || now.onHold,
      `the consultation leg of ${channel} did not start`,
    );
  }

  /** Waits until the agent's call is as `ready` says (or gone), else fails with `failure`. */
  private async settled(channel: string, ready: (now: AgentCallChannels) => boolean, failure: string): Promise<void> {
    const deadline = Date.now() + CONSULT_START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const now = await findAgentChannels(this.ami, extensionOf(channel));
      if (!now || ready(now)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(failure);
  }
}
