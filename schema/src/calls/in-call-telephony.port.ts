/**
 * What in-call actions need from the telephony layer, implemented over AMI by
 * `@switchboard/telephony` (AmiInCallTelephony). The rules stay in InCallService; this finds
 * the agent's channels and sends the commands.
 */

/** The agent's current call as Asterisk has it: the agent's leg and the party bridged to it. */
export interface AgentCallChannels {
  /** SB_CALL_ID of the agent's leg ('' when the leg carries none). */
  callId: string;
  campaignId: string | null;
  /** The agent's phone's channel (PJSIP/<extension>-...) talking with the customer. */
  agentChannel: string;
  /** The customer's channel bridged to the agent's; null while the agent's phone rings. */
  peerChannel: string | null;
  /** A consultation (attended transfer) is under way: the agent's phone has a second party. */
  consulting: boolean;
  /** The customer hears music on hold. */
  onHold: boolean;
  /** SB_RECORDING of the call when a recording is running. */
  recording: string | null;
}

/** Where a transfer goes. */
export type InCallTransferTarget =
  | { kind: 'AGENT'; agentId: string; sipExtension: number }
  | { kind: 'NUMBER'; number: string }
  | { kind: 'CAMPAIGN'; campaignId: string };

export interface InCallTelephony {
  /** The agent's call now, or null when its phone has none bridged. */
  currentCall(sipExtension: number): Promise<AgentCallChannels | null>;
  hold(call: AgentCallChannels): Promise<void>;
  unhold(call: AgentCallChannels): Promise<void>;
  hangup(call: AgentCallChannels): Promise<void>;
  /** The customer goes to the target; the agent's phone is released. */
  blindTransfer(call: AgentCallChannels, target: InCallTransferTarget): Promise<void>;
  /** The customer waits on hold while the agent's phone talks to the target. */
  startConsultation(call: AgentCallChannels, target: InCallTransferTarget): Promise<void>;
  /** Ends the consultation: the agent talks to the customer again. */
  cancelConsultation(call: AgentCallChannels): Promise<void>;
  /** The customer and the target talk; the agent's phone is released. */
  completeConsultation(call: AgentCallChannels): Promise<void>;
  /** The consultation becomes a three-way conference: agent, customer and target. */
  conference(call: AgentCallChannels): Promise<void>;
  /** Starts recording the customer's channel; resolves with the file (relative to the recordings directory). */
  startRecording(call: AgentCallChannels, agentId: string): Promise<string>;
  stopRecording(call: AgentCallChannels): Promise<void>;
}
