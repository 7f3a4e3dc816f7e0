import type { AmiClient } from '../ami/ami-client.js';
import { coreShowChannels, type ActiveChannel } from '../ami/actions/core-show-channels.action.js';
import { getVar } from '../ami/actions/get-var.action.js';
import { CONSULT_CONTEXT, CONSULT_CONTEXT_VARIABLE, HOLD_CONTEXT } from '../config/database/in-call-dialplan.js';
import { SPY_ACCOUNT_CODE } from '../config/spy-dialplan.js';

/** Set on the agent's channel while the customer waits (hold or consultation): the customer's channel. */
export const HELD_PEER_VARIABLE = 'SB_HELD_PEER';
/** '1' on the customer's channel while an on-demand recording runs. */
export const RECORDING_ACTIVE_VARIABLE = 'SB_RECORDING_ACTIVE';

/** What Asterisk has of an agent's current call. */
export interface AgentChannels {
  callId: string;
  campaignId: string | null;
  agentChannel: string;
  /** The customer's channel: bridged to the agent's, or held while the agent is elsewhere. */
  peerChannel: string | null;
  consulting: boolean;
  onHold: boolean;
  recording: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** The agent's consultation leg: a Local channel named `Local/<exten>@switchboard-consult-...`. */
const isConsultLeg = (channel: ActiveChannel) =>
  channel.channel.startsWith('Local/') && channel.channel.includes(`@${CONSULT_CONTEXT}-`);

/** The agent's leg: its phone's channel in a bridge, else any (ringing) channel of it. */
function agentLeg(channels: ActiveChannel[], sipExtension: number): ActiveChannel | undefined {
  const own = channels.filter((channel) => channel.channel.startsWith(`PJSIP/${sipExtension}-`));
  return own.find((channel) => text(channel['bridgeid']) !== '') ?? own[0];
}

/**
 * Finds an agent's call from `CoreShowChannels`: the agent's phone channel (PJSIP/<ext>-...),
 * the party in its bridge, and whether that party is the agent's consultation leg (the silent
 * hold leg, or a transfer target) — then the customer is the channel the agent held,
 * remembered on the agent's channel when the consultation started.
 */
export async function findAgentChannels(ami: AmiClient, sipExtension: number): Promise<AgentChannels | null> {
  const channels = await coreShowChannels(ami);
  const agent = agentLeg(channels, sipExtension);
  if (!agent) return null;
  const bridge = text(agent['bridgeid']);
  // A barging supervisor shares the bridge too: the partner is the other party of the call.
  const partner = bridge
    ? channels.find(
        (channel) =>
          channel.channel !== agent.channel &&
          text(channel['bridgeid']) === bridge &&
          text(channel['accountcode']) !== SPY_ACCOUNT_CODE,
      )
    : undefined;
  const consultation = partner !== undefined && isConsultLeg(partner);
  const consultTarget = consultation
    ? await getVar(ami, { channel: agent.channel, variable: CONSULT_CONTEXT_VARIABLE })
    : '';
  const onHold = consultation && consultTarget === HOLD_CONTEXT;
  const consulting = consultation && !onHold;
  let peerChannel = partner?.channel ?? null;
  if (consultation) {
    const held = await getVar(ami, { channel: agent.channel, variable: HELD_PEER_VARIABLE });
    peerChannel = channels.some((channel) => channel.channel === held) ? held : null;
  }
  const variable = (channel: string, name: string) => getVar(ami, { channel, variable: name });
  const [callId, campaignId] = await Promise.all([
    variable(agent.channel, 'SB_CALL_ID'),
    variable(agent.channel, 'SB_CAMPAIGN_ID'),
  ]);
  let recording: string | null = null;
  if (peerChannel && (await variable(peerChannel, RECORDING_ACTIVE_VARIABLE)) === '1') {
    recording = (await variable(peerChannel, 'SB_RECORDING')) || null;
  }
  return {
    callId,
    campaignId: campaignId || null,
    agentChannel: agent.channel,
    peerChannel,
    consulting,
    onHold,
    recording,
  };
}
