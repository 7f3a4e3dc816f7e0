import type { AgentLiveStateData } from '../agents/live/agent-state.js';
import type { CampaignCountersData } from '../supervision/campaign-counters.types.js';
import type { DialerPacingData } from '../supervision/dialer-pacing.types.js';
import type { InboundQueueStatsData } from '../supervision/inbound-queue.types.js';

/**
 * Every event the platform publishes, defined once. Payloads are JSON (dates as ISO strings)
 * because they cross Redis between processes.
 */
export interface EventTopics {
  /** An agent's live state changed (session command, call, phone registration); `state` is the new one. */
  'agent.state_changed': { from: string; state: AgentLiveStateData };
  /**
   * Who may do what changed: a user's tokens were revoked (lock, deactivation, password or role
   * change, deletion) or a role's permissions changed. Every api process re-checks the WebSockets
   * concerned and closes those that no longer authenticate or whose rights changed.
   */
  'auth.access_changed': { userId: string | null; roleId: string | null };
  /**
   * Who may watch which agent changed in a way no other event says (an agent was created, say):
   * api processes read their live-subscription scopes again. Assignment changes come as
   * campaign.updated, role and group changes as auth.access_changed.
   */
  'supervision.scope_changed': { reason: string; userId: string | null };
  'campaign.state_changed': { campaignId: string; from: string; to: string; changedBy: string | null };
  'campaign.updated': { campaignId: string };
  /** Data the generated Asterisk configuration is made from changed (source: the entity, e.g. "trunk"). */
  'telephony.configuration_changed': { source: string };
  'disposition.recorded': {
    dispositionId: string;
    campaignId: string;
    contactId: string;
    optionId: string;
    agentId: string | null;
    revision: number;
  };
  /** A CSV upload or import going on: phase is a ContactImportPhase; totalRows is null while uploading. */
  'contact_import.progress': {
    uploadId: string;
    ownerId: string;
    phase: string;
    rows: number;
    totalRows: number | null;
    /** The contact database or do-not-call list being filled. */
    targetId: string | null;
    problemCount: number | null;
  };
  /** One event of the call-event log, as workers/call-events wrote it (type is a CallEventType). */
  'call.event': {
    eventKey: string;
    callId: string;
    type: string;
    campaignId: string | null;
    agentId: string | null;
    contactId: string | null;
    phone: string | null;
    waitSeconds: number | null;
    durationSeconds: number | null;
    recording: string | null;
    data: Record<string, unknown>;
    occurredAt: string;
  };
  /** workers/call-events listed Asterisk's live state after a (re)connect or an Asterisk restart. */
  'telephony.resynced': {
    liveChannels: number;
    liveCalls: number;
    queues: number;
    queueMembers: number;
    membersByQueue: Record<string, number>;
    /** QueueStatus did not answer: the queue counts are unknown, not zero. */
    queueListingFailed: boolean;
    /** Calls closed in the log because they ended while nobody listened. */
    closedCalls: number;
  };
  /** A dialer campaign has nothing left to dial (no fresh, pending, scheduled or dialing contact). */
  'dialer.campaign_exhausted': { campaignId: string; contactsDone: number };
  /** A recycling (RecycleRun) moved: status is a RecycleRunStatus; sent per batch while RUNNING. */
  'campaign.recycle_progress': {
    runId: string;
    campaignId: string;
    status: string;
    scannedContacts: number;
    totalContacts: number;
    recycledContacts: number;
    resultCampaignId: string | null;
    error: string | null;
  };
  /** A campaign's live counters for today changed (workers/campaign-counters; a few times a second at most). */
  'campaign.counters_changed': { counters: CampaignCountersData };
  /**
   * The dialer holding a campaign decided (workers/dialer; when the decision changed, a few times a
   * second at most, and every few seconds regardless); pacing null: it stopped deciding for it.
   */
  'dialer.pacing_decided': { campaignId: string; pacing: DialerPacingData | null };
  /**
   * A campaign queue's live state or today's inbound counters changed (workers/queue-state; a
   * few times a second at most per queue). Phones of waiting callers are unmasked: the api masks
   * each subscriber's copy.
   */
  'queue.state_changed': { stats: InboundQueueStatsData };
}

export type EventTopic = keyof EventTopics;

export interface EventEnvelope<T extends EventTopic = EventTopic> {
  /** Unique per event, for de-duplication by consumers. */
  id: string;
  topic: T;
  occurredAt: string;
  data: EventTopics[T];
}
