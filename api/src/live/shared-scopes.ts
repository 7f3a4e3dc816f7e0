import type { Logger } from 'pino';
import { DomainError, type EventBus, type EventTopic } from '@switchboard/schema';

/** The part of the EventBus a fan-out needs (a port: specs give an in-memory one). */
export type EventListening = Pick<EventBus, 'listen'>;

/** What a subscription hears of its scope: a new one after a change, or that it lost the right to any. */
export interface ScopeListener<S> {
  changed(scope: S): void;
  failed(error: unknown): void;
}

export interface ScopeEntry<S> {
  readonly key: string;
  scope: S;
  readonly compute: () => Promise<S>;
  readonly listeners: Set<ScopeListener<S>>;
}

/** Retries of a scope read that a change overtook before giving up and keeping the last read. */
const MAX_REREADS = 3;

/**
 * Scopes (what a viewer may watch) computed once per distinct key (viewer and filter) and shared
 * by every subscription of that key in this process, so that events cost a lookup, not a query.
 * They are read again after any event of the refresh topics (assignment, role or right changes,
 * from any process), a few milliseconds after the last of a burst.
 */
export class SharedScopes<S> {
  private readonly entries = new Map<string, ScopeEntry<S>>();
  /** Bumped by every refresh event: a read that started before the latest one may be stale. */
  private generation = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Refreshes run one after the other; a change heard during one schedules the next. */
  private chain: Promise<void> = Promise.resolve();
  private running = 0;
  private readonly unlisten: (() => void)[];

  constructor(
    events: EventListening,
    topics: readonly EventTopic[],
    private readonly logger: Logger,
    private readonly onChanged: (entry: ScopeEntry<S>, previous: S) => void,
    private readonly debounceMs = 10,
  ) {
    this.unlisten = topics.map((topic) => events.listen(topic, () => this.changeHeard()));
  }

  get size(): number {
    return this.entries.size;
  }

  /** The key's entry (read now when it is the key's first subscription), with the listener added. */
  async acquire(key: string, compute: () => Promise<S>, listener: ScopeListener<S>): Promise<ScopeEntry<S>> {
    const existing = this.entries.get(key);
    if (existing) {
      existing.listeners.add(listener);
      return existing;
    }
    const scope = await this.readSettled(compute);
    // Another subscription of the key may have created it meanwhile.
    const entry = this.entries.get(key) ?? { key, scope, compute, listeners: new Set<ScopeListener<S>>() };
    this.entries.set(key, entry);
    entry.listeners.add(listener);
    return entry;
  }

  release(entry: ScopeEntry<S>, listener: ScopeListener<S>): void {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0 && this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
  }

  /** Resolves when the refreshes asked for so far are done (tests, and shutdown). */
  async settled(): Promise<void> {
    while (this.timer || this.running > 0) {
      await (this.running > 0 ? this.chain : new Promise((resolve) => setTimeout(resolve, this.debounceMs)));
    }
  }

  close(): void {
    for (const stop of this.unlisten) stop();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async readSettled(compute: () => Promise<S>): Promise<S> {
    for (let attempt = 1; ; attempt++) {
      const startedAt = this.generation;
      const scope = await compute();
      if (startedAt === this.generation || attempt >= MAX_REREADS) return scope;
    }
  }

  private changeHeard(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running++;
      this.chain = this.chain.then(() => this.refreshAll()).finally(() => this.running--);
    }, this.debounceMs);
  }

  private async refreshAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => this.refresh(entry)));
  }

  private async refresh(entry: ScopeEntry<S>): Promise<void> {
    let scope: S;
    try {
      scope = await this.readSettled(entry.compute);
    } catch (error) {
      if (!(error instanceof DomainError)) {
        // The database is down, say: not a reason to drop the watchers; the next change re-reads.
        this.logger.warn({ err: error, scope: entry.key }, 'a live scope could not be read again; the last one holds');
        return;
      }
      // FORBIDDEN now (the filter's campaign is no longer the viewer's): the subscriptions end with it.
      this.logger.info({ err: error, scope: entry.key }, 'a live scope could not be read again; its subscriptions end');
      if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
      for (const listener of [...entry.listeners]) listener.failed(error);
      return;
    }
    const previous = entry.scope;
    entry.scope = scope;
    this.onChanged(entry, previous);
    for (const listener of entry.listeners) listener.changed(scope);
  }
}
