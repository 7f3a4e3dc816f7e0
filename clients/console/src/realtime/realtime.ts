import type { ApiClient } from '../api/client';
import { CurrentCallHistoryDocument, MyAgentStateDocument } from '../generated/graphql';
import { Backoff } from '../webphone/backoff';
import { realtimeTable, type RealtimeContext, type RealtimeEntry } from './table';

export interface RealtimeOptions {
  table?: readonly RealtimeEntry[];
  resubscribeInitialMs?: number;
  resubscribeMaxMs?: number;
  /**
   * Re-reads what the table's stores hold after a drop; default: the agent's own state and its
   * current call. The supervision area re-reads its agents instead (realtime/supervision.ts).
   */
  resnapshot?: () => Promise<void>;
  /** Marks the table's stores stale after a drop; default: the agent's state and calls. */
  markStale?: () => void;
}

/**
 * Holds the table's subscriptions for a logged-in agent. graphql-ws resubscribes by itself after
 * short drops; when it gives up (error/complete) we resubscribe with backoff. After any drop the
 * stores are marked stale and a fresh snapshot (myAgentState, and the subscription's SNAPSHOT)
 * replaces them: nothing is shown that is no longer true.
 */
export class Realtime {
  private readonly stops = new Map<string, () => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly backoffs = new Map<string, Backoff>();
  private running = false;

  constructor(
    private readonly api: ApiClient,
    private readonly context: RealtimeContext,
    private readonly options: RealtimeOptions = {},
  ) {}

  start(): void {
    this.running = true;
    for (const entry of this.table()) this.subscribe(entry);
  }

  stop(): void {
    this.running = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const stop of this.stops.values()) stop();
    this.stops.clear();
  }

  /** The socket dropped: what the stores hold may be out of date until re-read. */
  markStale(): void {
    if (this.options.markStale) return this.options.markStale();
    this.context.stores.agentState.markStale();
    this.context.stores.calls.markStale();
  }

  /** Re-reads the agent's state after a reconnect; the answer clears staleness unless older. */
  async resnapshot(): Promise<void> {
    if (this.options.resnapshot) return this.options.resnapshot();
    const { myAgentState } = await this.api.request(MyAgentStateDocument);
    const { agentState, calls } = this.context.stores;
    if (agentState.answer(myAgentState, { fresh: true })) calls.followAgent(agentState.lastKnown);
    await this.replayCurrentCall();
  }

  /**
   * Reads the current call's log (the subscription has no snapshot). An API that refuses the log
   * to agents leaves the record as the live state and later events build it.
   */
  async replayCurrentCall(): Promise<void> {
    const callId = this.context.stores.calls.currentCallId;
    if (!callId) return;
    try {
      const { callEvents } = await this.api.request(CurrentCallHistoryDocument, { callId });
      this.context.stores.calls.replay(callEvents.nodes);
    } catch {
      // Not readable by this viewer, or the API is down again: the next resnapshot retries.
    }
  }

  private table(): readonly RealtimeEntry[] {
    return this.options.table ?? realtimeTable;
  }

  private subscribe(entry: RealtimeEntry): void {
    if (!this.running) return;
    const again = (error?: unknown) => this.scheduleResubscribe(entry, error);
    const stop = this.api.subscribe(entry.document, entry.variables(this.context), {
      next: (data) => {
        this.backoffOf(entry).reset();
        entry.apply(data, this.context);
      },
      error: again,
      complete: () => again(),
    });
    this.stops.set(entry.name, stop);
  }

  private scheduleResubscribe(entry: RealtimeEntry, _error?: unknown): void {
    this.stops.delete(entry.name);
    if (!this.running || this.timers.has(entry.name)) return;
    this.markStale();
    const delay = this.backoffOf(entry).next();
    this.timers.set(
      entry.name,
      setTimeout(() => {
        this.timers.delete(entry.name);
        this.subscribe(entry);
        void this.resnapshot().catch(() => undefined);
      }, delay),
    );
  }

  private backoffOf(entry: RealtimeEntry): Backoff {
    let backoff = this.backoffs.get(entry.name);
    if (!backoff) {
      backoff = new Backoff(this.options.resubscribeInitialMs ?? 1000, this.options.resubscribeMaxMs ?? 15_000);
      this.backoffs.set(entry.name, backoff);
    }
    return backoff;
  }
}
