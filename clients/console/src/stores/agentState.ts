import { defineStore } from 'pinia';
import type { AgentLiveFragment, AgentState, LiveEventKind } from '../generated/graphql';
import { RecentIds } from './dedupe';

export type AgentLive = AgentLiveFragment;

/** The server's states plus ACW, which the server writes as PAUSED with pauseId "ACW". */
export type AgentDisplayState = AgentState | 'ACW';

/** What src/realtime hands the store for each agentStateChanged delivery. */
export interface AgentStateDelivery {
  id: string;
  kind: LiveEventKind;
  occurredAt: string;
  agent: AgentLive;
}

export const ACW_PAUSE_ID = 'ACW';
export const SUPERVISOR_PAUSE_ID = 'SUPERVISOR';

export interface AgentStateStoreState {
  /** Live rows keyed by agentId (the console subscribes to its own; the shape allows more). */
  byAgentId: Record<string, AgentLive>;
  /** The logged-in agent's agentId, once myAgentState answered. */
  myAgentId: string | null;
  /** Since the socket dropped, until a fresh snapshot: what is held may no longer be true. */
  stale: boolean;
}

// Outside the reactive state: ids are bookkeeping, never rendered.
const seen = new WeakMap<object, RecentIds>();
function seenIds(store: object): RecentIds {
  let ids = seen.get(store);
  if (!ids) seen.set(store, (ids = new RecentIds()));
  return ids;
}

/**
 * A row is newer when its version is higher. A lower version with a later `since` is also newer:
 * the server's store was reset (versions restart) and an older event can never carry a later
 * `since`. Anything else (equal or older) is a duplicate or a late answer, and is dropped.
 */
export function isNewer(incoming: AgentLive, held: AgentLive | undefined): boolean {
  if (!held) return true;
  if (incoming.version > held.version) return true;
  return Date.parse(incoming.since) > Date.parse(held.since);
}

export function displayState(agent: AgentLive): AgentDisplayState {
  if (agent.state === 'PAUSED' && agent.pauseId === ACW_PAUSE_ID) return 'ACW';
  return agent.state;
}

export const useAgentStateStore = defineStore('agentState', {
  state: (): AgentStateStoreState => ({ byAgentId: {}, myAgentId: null, stale: false }),
  getters: {
    /** The agent's own row; null while stale, so nothing no longer true is shown. */
    mine(state): AgentLive | null {
      if (state.stale || !state.myAgentId) return null;
      return state.byAgentId[state.myAgentId] ?? null;
    },
    /** The last row held, even while stale (for "last known" displays). */
    lastKnown(state): AgentLive | null {
      return state.myAgentId ? (state.byAgentId[state.myAgentId] ?? null) : null;
    },
    display(): AgentDisplayState | null {
      return this.mine ? displayState(this.mine) : null;
    },
  },
  actions: {
    setMyAgentId(agentId: string | null) {
      this.myAgentId = agentId;
    },
    /** SNAPSHOT replaces: whatever was held for the agent, even a higher version (a reset). */
    replace(agent: AgentLive) {
      this.byAgentId[agent.agentId] = agent;
      if (agent.agentId === this.myAgentId) this.stale = false;
    },
    /** CHANGE applies when newer; returns whether it did. */
    apply(agent: AgentLive): boolean {
      if (!isNewer(agent, this.byAgentId[agent.agentId])) return false;
      this.byAgentId[agent.agentId] = agent;
      return true;
    },
    /** One delivery of agentStateChanged: duplicates (same id) dropped, then SNAPSHOT or CHANGE. */
    receive(event: AgentStateDelivery): boolean {
      if (!seenIds(this).add(event.id)) return false;
      if (event.kind === 'SNAPSHOT') {
        this.replace(event.agent);
        return true;
      }
      return this.apply(event.agent);
    },
    /**
     * A query's or mutation's answer: it may arrive after a newer event, so it only applies when
     * newer. A query answer while stale also clears stale when it is not older than what is held.
     */
    answer(agent: AgentLive, { fresh = false }: { fresh?: boolean } = {}): boolean {
      const held = this.byAgentId[agent.agentId];
      if (fresh && this.stale && (!held || agent.version >= held.version)) {
        this.replace(agent);
        return true;
      }
      return this.apply(agent);
    },
    markStale() {
      this.stale = true;
    },
    clear() {
      this.byAgentId = {};
      this.myAgentId = null;
      this.stale = false;
      seenIds(this).clear();
    },
  },
});
