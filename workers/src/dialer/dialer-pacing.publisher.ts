import type { Logger } from 'pino';
import type { DialerPacingData, DialerPacingNotifier, DialerPacingStore } from '@switchboard/schema';

export interface PacingPublisherOptions {
  store: DialerPacingStore;
  notifier: DialerPacingNotifier;
  logger: Logger;
  /** How long a written decision stays current: a dead dialer's is gone after this. */
  ttlMs: number;
  /** A changed decision is published at most this often. */
  minIntervalMs?: number;
  /** An unchanged decision is published again this often (decidedAt moves: the dialer is alive). */
  heartbeatMs?: number;
}

/** Everything of a decision but its time: what "changed" compares. */
const content = ({ decidedAt: _decidedAt, ...rest }: DialerPacingData) => JSON.stringify(rest);

/**
 * One campaign's pacing decisions on their way to supervisors: every decision is written to
 * Redis (with a TTL, so the query sees a stopped dialer's state expire), and published when it
 * changed, at most a few times a second, so a fast tick does not flood subscribers. Best
 * effort: a Redis hiccup is logged and the dialer dials on.
 */
export class PacingPublisher {
  private lastPublishedAt = 0;
  private lastContent: string | null = null;
  private live = false;
  private readonly minIntervalMs: number;
  private readonly heartbeatMs: number;

  constructor(private readonly options: PacingPublisherOptions) {
    this.minIntervalMs = options.minIntervalMs ?? 250;
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
  }

  async decided(state: DialerPacingData, now = Date.now()): Promise<void> {
    try {
      await this.options.store.write(state, this.options.ttlMs);
      this.live = true;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'pacing state not written');
      return;
    }
    const changed = content(state) !== this.lastContent;
    const since = now - this.lastPublishedAt;
    if ((changed && since >= this.minIntervalMs) || since >= this.heartbeatMs) {
      this.options.notifier.decided(state);
      this.lastPublishedAt = now;
      this.lastContent = content(state);
    }
  }

  /** The dialer stopped deciding for the campaign: its last decision is no longer current. */
  async stopped(campaignId: string): Promise<void> {
    if (!this.live) return;
    this.live = false;
    this.lastContent = null;
    this.lastPublishedAt = 0;
    try {
      await this.options.store.clear(campaignId);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'pacing state not cleared; it expires');
    }
    this.options.notifier.stopped(campaignId);
  }
}
