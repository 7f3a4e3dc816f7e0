import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import {
  agentWatchScope,
  phoneVisibleIn,
  type AgentLiveStateData,
  type AgentState,
  type AgentStateFilter,
  type AgentWatchScope,
  type EventEnvelope,
  type EventTopic,
  type Viewer,
} from '@switchboard/schema';
import { LiveEventKind } from '../graphql/live-event.type.js';
import { PushQueue } from './push-queue.js';
import { SharedScopes, type EventListening, type ScopeEntry, type ScopeListener } from './shared-scopes.js';

/** How a scope is read (agentWatchScope; specs give their own). */
export type ReadAgentScope = (em: EntityManager, viewer: Viewer, filter: AgentStateFilter) => Promise<AgentWatchScope>;

/** The CHANGE event as resolvers return it (AgentStateEvent's fields). */
export interface AgentStateChange {
  id: string;
  kind: LiveEventKind;
  occurredAt: Date;
  from: AgentState | null;
  agent: AgentLiveStateData;
}

/**
 * Events after which who-may-watch-whom is read again: campaign assignments and settings
 * (agents, supervisors, hidden fields) come as campaign.updated, templates and deletions as
 * campaign.state_changed, users' roles, groups and deactivation as auth.access_changed, and
 * anything else that moves an agent between scopes as supervision.scope_changed.
 */
export const AGENT_SCOPE_TOPICS: readonly EventTopic[] = [
  'campaign.updated',
  'campaign.state_changed',
  'auth.access_changed',
  'supervision.scope_changed',
];

export interface AgentStateWatch {
  /** The CHANGE events in the watcher's scope, as the viewer may see them. */
  readonly events: PushQueue<AgentStateChange>;
  /** The scope now (read again after changes). */
  scope(): AgentWatchScope;
}

type Entry = ScopeEntry<AgentWatchScope>;

/**
 * Subscriptions with the same key share a scope. The rights are part of it: a socket whose
 * rights changed is closed (socket-sessions.ts), but until it is, its reconnected successor
 * must not join the scope read with the old ones.
 */
function scopeKey(viewer: Viewer, filter: AgentStateFilter): string {
  const rights = [...viewer.user.role.permissions].sort().join(',');
  return [viewer.userId, rights, filter.agentId ?? '', filter.campaignId ?? '', filter.groupId ?? ''].join('|');
}

/**
 * agentStateChanged for every subscriber of this api process: one listener on the topic; per
 * event, the subscribers whose scope holds the agent are found through an index by agent id
 * (plus those who watch every agent), and each gets the same event object (one per phone
 * visibility), so the work per event grows with the subscribers who receive it and no query runs.
 */
export class AgentStateFanout {
  private readonly byAgent = new Map<string, Set<Entry>>();
  private readonly everyAgent = new Set<Entry>();
  private readonly queues = new Map<Entry, Set<PushQueue<AgentStateChange>>>();
  private readonly scopes: SharedScopes<AgentWatchScope>;
  private stopListening: (() => void) | null = null;

  private readonly queueLimit: number;
  private readonly readScope: ReadAgentScope;

  constructor(
    private readonly events: EventListening,
    logger: Logger,
    options: { queueLimit?: number; readScope?: ReadAgentScope; debounceMs?: number } = {},
  ) {
    this.scopes = new SharedScopes(
      events,
      AGENT_SCOPE_TOPICS,
      logger,
      (entry, previous) => this.reindex(entry, previous),
      options.debounceMs,
    );
    this.queueLimit = options.queueLimit ?? 10_000;
    this.readScope = options.readScope ?? agentWatchScope;
  }

  /** Subscribers and distinct scopes in this process (metrics, tests). */
  get counts(): { watchers: number; scopes: number } {
    let watchers = 0;
    for (const queues of this.queues.values()) watchers += queues.size;
    return { watchers, scopes: this.scopes.size };
  }

  /** Refreshes asked for so far are done. */
  settled(): Promise<void> {
    return this.scopes.settled();
  }

  /**
   * Starts a watch: events are queued from now on, so a snapshot read after this misses nothing.
   * FORBIDDEN (as watchableAgentIds) when the filter names what the viewer may not watch.
   */
  async watch(em: EntityManager, viewer: Viewer, filter: AgentStateFilter): Promise<AgentStateWatch> {
    this.startListening();
    let entry: Entry | undefined;
    const listener: ScopeListener<AgentWatchScope> = {
      changed: () => {},
      failed: (error) => queue.fail(error instanceof Error ? error : new Error(String(error))),
    };
    const queue = new PushQueue<AgentStateChange>(this.queueLimit, () => {
      if (entry) this.leave(entry, queue, listener);
    });
    try {
      entry = await this.scopes.acquire(
        scopeKey(viewer, filter),
        () => this.readScope(em.fork(), viewer, filter),
        listener,
      );
    } catch (error) {
      this.stopIfIdle();
      throw error;
    }
    this.join(entry, queue);
    const joined = entry;
    return { events: queue, scope: () => joined.scope };
  }

  close(): void {
    this.scopes.close();
    this.stopListening?.();
    this.stopListening = null;
  }

  private startListening(): void {
    this.stopListening ??= this.events.listen('agent.state_changed', (envelope) => this.dispatch(envelope));
  }

  private stopIfIdle(): void {
    if (this.queues.size > 0 || !this.stopListening) return;
    this.stopListening();
    this.stopListening = null;
  }

  private dispatch(envelope: EventEnvelope<'agent.state_changed'>): void {
    const state = envelope.data.state;
    const targeted = this.byAgent.get(state.agentId);
    if (!targeted && this.everyAgent.size === 0) return;
    let visible: AgentStateChange | undefined;
    let withoutPhone: AgentStateChange | undefined;
    const deliver = (entry: Entry) => {
      const queues = this.queues.get(entry);
      if (!queues) return;
      let event: AgentStateChange;
      if (phoneVisibleIn(entry.scope, state)) {
        event = visible ??= change(envelope, state);
      } else {
        event = withoutPhone ??= change(envelope, { ...state, phone: null });
      }
      for (const queue of queues) queue.push(event);
    };
    if (targeted) for (const entry of targeted) deliver(entry);
    for (const entry of this.everyAgent) deliver(entry);
  }

  private join(entry: Entry, queue: PushQueue<AgentStateChange>): void {
    let queues = this.queues.get(entry);
    if (!queues) {
      this.queues.set(entry, (queues = new Set()));
      this.index(entry, entry.scope);
    }
    queues.add(queue);
  }

  private leave(entry: Entry, queue: PushQueue<AgentStateChange>, listener: ScopeListener<AgentWatchScope>): void {
    this.scopes.release(entry, listener);
    const queues = this.queues.get(entry);
    if (!queues) return;
    queues.delete(queue);
    if (queues.size > 0) return;
    this.queues.delete(entry);
    this.unindex(entry, entry.scope);
    this.stopIfIdle();
  }

  private reindex(entry: Entry, previous: AgentWatchScope): void {
    if (!this.queues.has(entry)) return;
    this.unindex(entry, previous);
    this.index(entry, entry.scope);
  }

  private index(entry: Entry, scope: AgentWatchScope): void {
    if (scope.agentIds === null) {
      this.everyAgent.add(entry);
      return;
    }
    for (const agentId of scope.agentIds) {
      let entries = this.byAgent.get(agentId);
      if (!entries) this.byAgent.set(agentId, (entries = new Set()));
      entries.add(entry);
    }
  }

  private unindex(entry: Entry, scope: AgentWatchScope): void {
    if (scope.agentIds === null) {
      this.everyAgent.delete(entry);
      return;
    }
    for (const agentId of scope.agentIds) {
      const entries = this.byAgent.get(agentId);
      entries?.delete(entry);
      if (entries?.size === 0) this.byAgent.delete(agentId);
    }
  }
}

function change(envelope: EventEnvelope<'agent.state_changed'>, agent: AgentLiveStateData): AgentStateChange {
  return {
    id: envelope.id,
    kind: LiveEventKind.CHANGE,
    occurredAt: new Date(envelope.occurredAt),
    from: envelope.data.from as AgentState,
    agent,
  };
}
