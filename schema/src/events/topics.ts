/**
 * Every event the platform publishes, defined once. Payloads are JSON (dates as ISO strings)
 * because they cross Redis between processes.
 */
export interface EventTopics {
  'campaign.state_changed': { campaignId: string; from: string; to: string; changedBy: string | null };
  'campaign.updated': { campaignId: string };
  'disposition.recorded': {
    dispositionId: string;
    campaignId: string;
    contactId: string;
    optionId: string;
    agentId: string | null;
    revision: number;
  };
}

export type EventTopic = keyof EventTopics;

export interface EventEnvelope<T extends EventTopic = EventTopic> {
  /** Unique per event, for de-duplication by consumers. */
  id: string;
  topic: T;
  occurredAt: string;
  data: EventTopics[T];
}
