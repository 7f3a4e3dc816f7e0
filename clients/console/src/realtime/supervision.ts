import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApiClient } from '../api/client';
import {
  CampaignCountersChangedDocument,
  DialerPacingChangedDocument,
  InboundQueueStatsChangedDocument,
  type DialerPacingChangedSubscription,
  type InboundQueueStatsChangedSubscription,
  SupervisedAgentStateChangedDocument,
  SupervisedAgentsDocument,
  type CampaignCountersChangedSubscription,
  type CampaignCountersChangedSubscriptionVariables,
  type SupervisedAgentStateChangedSubscription,
} from '../generated/graphql';
import type { useCampaignLiveStore } from '../stores/supervision';
import type { useConnectionStore } from '../stores/connection';
import type { RealtimeEntry, RealtimeStores } from './table';

function entry<R, V>(definition: RealtimeEntry<R, V>): RealtimeEntry {
  return definition as unknown as RealtimeEntry;
}

/**
 * The supervision area's part of THE table, held for the whole session: every agent the
 * supervisor reaches (no filter: the grid filters locally, so a filter change opens nothing).
 */
export const supervisionTable: readonly RealtimeEntry[] = [
  entry<SupervisedAgentStateChangedSubscription, Record<string, never>>({
    name: 'supervisedAgentStateChanged',
    document: SupervisedAgentStateChangedDocument,
    variables: () => ({}),
    apply: ({ agentStateChanged: event }, { stores }) => {
      stores.connection.observeServerTime(event.occurredAt);
      // SNAPSHOT replaces the row, CHANGE applies when newer, duplicates dropped.
      stores.supervisedAgents?.receive(event);
    },
  }),
];

/** After a drop: one full read replaces the grid (agents no longer reached disappear). */
export async function resnapshotSupervisedAgents(api: ApiClient, stores: RealtimeStores): Promise<void> {
  const { agentStates } = await api.request(SupervisedAgentsDocument);
  stores.supervisedAgents?.replaceAll(agentStates);
}

export interface CampaignFeedStores {
  campaignLive: ReturnType<typeof useCampaignLiveStore>;
  connection: ReturnType<typeof useConnectionStore>;
}

/** A subscription a campaign view holds while it is on screen, and the store action it feeds. */
export interface CampaignFeed<R = unknown> {
  name: string;
  document: TypedDocumentNode<R, { campaignId: string }>;
  apply: (data: R, stores: CampaignFeedStores, campaignId: string) => void;
}

function feed<R>(definition: CampaignFeed<R>): CampaignFeed {
  return definition as unknown as CampaignFeed;
}

/** The per-campaign rows of the table (composables/useCampaignFeed opens them per view). */
export const campaignFeeds = {
  counters: feed<CampaignCountersChangedSubscription>({
    name: 'campaignCountersChanged',
    document: CampaignCountersChangedDocument as TypedDocumentNode<
      CampaignCountersChangedSubscription,
      CampaignCountersChangedSubscriptionVariables
    >,
    apply: ({ campaignCountersChanged: event }, { campaignLive, connection }) => {
      connection.observeServerTime(event.occurredAt);
      campaignLive.receiveCounters({ id: event.id, kind: event.kind, value: event.counters });
    },
  }),
  pacing: feed<DialerPacingChangedSubscription>({
    name: 'dialerPacingChanged',
    document: DialerPacingChangedDocument,
    apply: ({ dialerPacingChanged: event }, { campaignLive, connection }, campaignId) => {
      connection.observeServerTime(event.occurredAt);
      campaignLive.receivePacing({ id: event.id, kind: event.kind, campaignId, value: event.pacing ?? null });
    },
  }),
  queue: feed<InboundQueueStatsChangedSubscription>({
    name: 'inboundQueueStatsChanged',
    document: InboundQueueStatsChangedDocument,
    apply: ({ inboundQueueStatsChanged: event }, { campaignLive, connection }) => {
      connection.observeServerTime(event.occurredAt);
      campaignLive.receiveQueue({ id: event.id, kind: event.kind, value: event.stats });
    },
  }),
} satisfies Record<string, CampaignFeed>;

export type CampaignFeedName = keyof typeof campaignFeeds;
