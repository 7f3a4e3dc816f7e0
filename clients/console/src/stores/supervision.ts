import { defineStore } from 'pinia';
import type {
  CountersFragment,
  LiveEventKind,
  PacingFragment,
  QueueStatsFragment,
  SpySessionFieldsFragment,
} from '../generated/graphql';
import { isNewer, type AgentLive, type AgentStateDelivery } from './agentState';
import { RecentIds } from './dedupe';

export type CampaignCounters = CountersFragment;
export type DialerPacing = PacingFragment;
export type InboundQueueStats = QueueStatsFragment;
export type SpySession = SpySessionFieldsFragment;

export interface SupervisedAgentsState {
  /** The agents the supervisor reaches, keyed by agentId. */
  byAgentId: Record<string, AgentLive>;
  /** Since the socket dropped, until the next full read: the grid may no longer be true. */
  stale: boolean;
}

// Outside the reactive state: delivery ids are bookkeeping, never rendered.
const seen = new WeakMap<object, RecentIds>();
function seenIds(store: object): RecentIds {
  let ids = seen.get(store);
  if (!ids) seen.set(store, (ids = new RecentIds(5000)));
  return ids;
}

/**
 * The supervisor's agents grid as the server last said: the agentStates query replaces the whole
 * set (an agent no longer reached disappears), each agentStateChanged delivery replaces (SNAPSHOT)
 * or applies when newer (CHANGE) one row; redelivered ids are dropped.
 */
export const useSupervisedAgentsStore = defineStore('supervisedAgents', {
  state: (): SupervisedAgentsState => ({ byAgentId: {}, stale: false }),
  getters: {
    agents: (state): AgentLive[] =>
      Object.values(state.byAgentId).sort(
        (a, b) => a.username.localeCompare(b.username) || a.agentId.localeCompare(b.agentId),
      ),
  },
  actions: {
    /** A full read (agentStates): replaces every row and ends staleness. */
    replaceAll(agents: readonly AgentLive[]) {
      const rows: Record<string, AgentLive> = {};
      for (const agent of agents) {
        // An event that overtook the read is kept: the read is the older of the two.
        const held = this.byAgentId[agent.agentId];
        rows[agent.agentId] = held && isNewer(held, agent) && held.version > agent.version ? held : agent;
      }
      this.byAgentId = rows;
      this.stale = false;
    },
    receive(event: AgentStateDelivery): boolean {
      if (!seenIds(this).add(event.id)) return false;
      if (event.kind !== 'SNAPSHOT' && !isNewer(event.agent, this.byAgentId[event.agent.agentId])) return false;
      this.byAgentId[event.agent.agentId] = event.agent;
      return true;
    },
    /** A force action's answer: only if newer than what a faster event already brought. */
    answer(agent: AgentLive): boolean {
      if (!isNewer(agent, this.byAgentId[agent.agentId])) return false;
      this.byAgentId[agent.agentId] = agent;
      return true;
    },
    markStale() {
      this.stale = true;
    },
    clear() {
      this.byAgentId = {};
      this.stale = false;
      seenIds(this).clear();
    },
  },
});

/** One live feed's delivery of a campaign's figures (counters, queue stats, pacing). */
export interface CampaignDelivery<T> {
  id: string;
  kind: LiveEventKind;
  value: T;
}

export interface CampaignLiveState {
  counters: Record<string, CampaignCounters>;
  /** null: no dialer decides for the campaign now; absent: not heard of yet. */
  pacing: Record<string, DialerPacing | null>;
  /** Inbound campaigns' queues now and today's inbound figures. */
  queues: Record<string, InboundQueueStats>;
}

const feedIds = new WeakMap<object, RecentIds>();
function feedSeen(store: object): RecentIds {
  let ids = feedIds.get(store);
  if (!ids) feedIds.set(store, (ids = new RecentIds(2000)));
  return ids;
}

/** Figures carry `updatedAt`: an older one than held is a late delivery. */
function newerFigures(incoming: { updatedAt: string }, held: { updatedAt: string } | undefined): boolean {
  return !held || Date.parse(incoming.updatedAt) >= Date.parse(held.updatedAt);
}

/** The campaigns' live figures, keyed by campaignId: SNAPSHOT replaces, CHANGE applies when not older. */
export const useCampaignLiveStore = defineStore('campaignLive', {
  state: (): CampaignLiveState => ({ counters: {}, pacing: {}, queues: {} }),
  actions: {
    receiveCounters(delivery: CampaignDelivery<CampaignCounters>): boolean {
      if (!feedSeen(this).add(delivery.id)) return false;
      const held = this.counters[delivery.value.campaignId];
      if (delivery.kind !== 'SNAPSHOT' && !newerFigures(delivery.value, held)) return false;
      this.counters[delivery.value.campaignId] = delivery.value;
      return true;
    },
    receiveQueue(delivery: CampaignDelivery<InboundQueueStats>): boolean {
      if (!feedSeen(this).add(delivery.id)) return false;
      const held = this.queues[delivery.value.campaignId];
      if (delivery.kind !== 'SNAPSHOT' && !newerFigures(delivery.value, held)) return false;
      this.queues[delivery.value.campaignId] = delivery.value;
      return true;
    },
    /** The dialer's decision; a CHANGE to null (the dialer stopped) always applies. */
    receivePacing(delivery: CampaignDelivery<DialerPacing | null> & { campaignId: string }): boolean {
      if (!feedSeen(this).add(delivery.id)) return false;
      const held = this.pacing[delivery.campaignId];
      const value = delivery.value;
      if (delivery.kind !== 'SNAPSHOT' && value && held && Date.parse(value.decidedAt) < Date.parse(held.decidedAt)) {
        return false;
      }
      this.pacing[delivery.campaignId] = value;
      return true;
    },
    clear() {
      this.counters = {};
      this.pacing = {};
      this.queues = {};
      feedSeen(this).clear();
    },
  },
});

/** The supervisor's own spy session (mySpySession, then each spyAgent / stopSpying answer). */
export const useSpyStore = defineStore('spy', {
  state: (): { session: SpySession | null } => ({ session: null }),
  actions: {
    set(session: SpySession | null) {
      this.session = session;
    },
  },
});
