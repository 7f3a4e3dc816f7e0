/**
 * What agent calls need from the telephony layer, implemented over AMI by
 * `@switchboard/telephony` (AmiCallTelephony). The rules stay in AgentCallService; this only
 * places the call it decided.
 */

/** The agent's phone, rung first. */
export interface AgentCallOrigin {
  agentId: string;
  sipExtension: number;
  /** Webphones are asked to answer by themselves: the agent clicked to call, not to be rung. */
  autoAnswer: boolean;
  /** Shown on the agent's phone while it rings: whom the call is for. */
  display: { name: string; number: string };
}

/** Where the call goes once the agent's phone answered. */
export type AgentCallDestination =
  | {
      kind: 'EXTERNAL';
      /** The number as dialed (route patterns apply to it, prefixes included). */
      number: string;
      /** Go out by this route only; null: the first route whose patterns match. */
      routeId: string | null;
      /** Presented to the customer; null: none of ours (the trunk's, or the carrier's). */
      callerId: string | null;
    }
  | {
      kind: 'AGENT';
      sipExtension: number;
      /** Presented to the called agent: the calling agent. */
      callerName: string;
      callerNumber: string;
    };

/** One call of an agent, with the channel-variable contract's ids. */
export interface AgentCallOrder {
  callId: string;
  campaignId: string | null;
  contactId: string | null;
  /** The customer's number, or the called agent's extension. */
  phone: string;
  origin: AgentCallOrigin;
  destination: AgentCallDestination;
  /** How long the agent's own phone may ring. */
  ringSeconds: number;
}

export interface PlacedAgentCallLeg {
  /** Resolves true once the agent's phone answered, false when it never did (or failed). */
  agentAnswered: Promise<boolean>;
}

export interface CallTelephony {
  /** Rings the agent's phone, then the destination once it answers; raises when Asterisk refuses it. */
  placeAgentCall(order: AgentCallOrder): Promise<PlacedAgentCallLeg>;
}
