/**
 * What agent sessions need from the telephony layer, implemented over AMI by
 * `@switchboard/telephony` (AmiAgentTelephony). The schema package stays free of AMI: the
 * rules are here, the commands there.
 */
export interface QueueMembership {
  campaignId: string;
  /** Lower rings first. */
  penalty: number;
}

export interface AgentPhone {
  agentId: string;
  sipExtension: number;
  displayName: string;
}

export interface AgentTelephony {
  /** Adds the agent's phone to each campaign queue; already a member is not an error. */
  joinQueues(
    phone: AgentPhone,
    memberships: readonly QueueMembership[],
    paused: boolean,
    reason: string | null,
  ): Promise<void>;
  /** Removes the phone from these campaign queues; not a member is not an error. */
  leaveQueues(phone: AgentPhone, campaignIds: readonly string[]): Promise<void>;
  /** Pauses or unpauses the phone in every queue it is in. */
  setQueuePause(phone: AgentPhone, paused: boolean, reason: string | null): Promise<void>;
  /** Whether the phone is registered (reachable) now. */
  phoneRegistered(phone: AgentPhone): Promise<boolean>;
}
