import type { ManagerAction } from 'asterisk-manager';
import type { Logger } from 'pino';
import { AmiError, AmiErrorCode } from './ami.errors.js';
import type { AmiResponse } from './ami-events.js';
import type { AmiConnection } from './ami-connection.js';
import type { TokenBucket } from './token-bucket.js';
import type { AmiActionOutcome } from './ami-observer.js';

/** Reported for every action written to the socket: what the rate limit is measured on. */
export interface SentAction {
  actionId: string;
  action: string;
  /** performance.now() when written. */
  sentAt: number;
}

/**
 * Asked right before an action is written (after the rate limit): false, or a rejection,
 * and the action is never sent (it fails as FENCED). For side effects that are only right
 * while something still holds, e.g. the lease a dialer claimed a contact under.
 */
export type SendGuard = () => Promise<boolean> | boolean;

interface Queued {
  action: ManagerAction & { action: string; actionid: string };
  timeoutMs: number;
  guard?: SendGuard;
  queuedUntil: number;
  resolve: (response: AmiResponse) => void;
  reject: (error: AmiError) => void;
}

export interface ActionQueueOptions {
  /** Longest an action may wait for a token or a connection before it fails unsent. */
  queueTimeoutMs: number;
  logger: Logger;
  onSent?: (sent: SentAction) => void;
  /** Every sent action's end, with the seconds since it was written (metrics). */
  onFinished?: (action: string, seconds: number, outcome: AmiActionOutcome) => void;
}

/**
 * Sends actions in order, no faster than the token bucket allows. Each sent action has its
 * own timeout and nothing waits for its answer, so a hung action blocks no other. Actions wait
 * (unsent) while the connection is down; those in flight when it drops fail as DISCONNECTED,
 * because Asterisk may have run them and only the caller can tell whether a retry is safe.
 */
export class ActionQueue {
  private readonly waiting: Queued[] = [];
  private readonly inFlight = new Map<string, { entry: Queued; timer: NodeJS.Timeout; sentAt: number }>();
  private pumpTimer: NodeJS.Timeout | undefined;
  private closed: { code: AmiErrorCode; message: string } | undefined;
  /** A guarded action is being checked: nothing else leaves meanwhile, so the order holds. */
  private guarding = false;

  constructor(
    private readonly connection: Pick<AmiConnection, 'isConnected' | 'send' | 'forget'>,
    private readonly bucket: TokenBucket,
    private readonly options: ActionQueueOptions,
  ) {}

  get pending(): { queued: number; inFlight: number } {
    return { queued: this.waiting.length, inFlight: this.inFlight.size };
  }

  enqueue(action: Queued['action'], timeoutMs: number, guard?: SendGuard): Promise<AmiResponse> {
    if (this.closed) return Promise.reject(new AmiError(this.closed.code, this.closed.message));
    return new Promise((resolve, reject) => {
      this.waiting.push({
        action,
        timeoutMs,
        guard,
        queuedUntil: performance.now() + this.options.queueTimeoutMs,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /** The connection came back (or went away): send what can be sent. */
  wake(): void {
    this.pump();
  }

  /** Fails what was sent on a session that is gone. */
  failInFlight(reason: string): void {
    for (const [actionId, { entry, timer, sentAt }] of this.inFlight) {
      clearTimeout(timer);
      this.finished(entry, sentAt, 'disconnected');
      entry.reject(
        new AmiError(
          AmiErrorCode.DISCONNECTED,
          `AMI connection lost (${reason}) before ${entry.action.action} was answered`,
          { actionId },
        ),
      );
    }
    this.inFlight.clear();
  }

  /** Fails everything now and later: the client was closed, or Asterisk refused our login. */
  close(code: AmiErrorCode = AmiErrorCode.CLOSED, message = 'AMI client closed'): void {
    this.closed = { code, message };
    clearTimeout(this.pumpTimer);
    this.failInFlight(message);
    for (const entry of this.waiting.splice(0))
      entry.reject(new AmiError(code, `${message} before ${entry.action.action} was sent`));
  }

  private pump(): void {
    clearTimeout(this.pumpTimer);
    this.pumpTimer = undefined;
    if (this.guarding) return;
    this.expireQueued();
    while (this.waiting.length > 0 && this.connection.isConnected) {
      const waitMs = this.bucket.take();
      if (waitMs > 0) return this.schedule(waitMs);
      const entry = this.waiting.shift()!;
      if (entry.guard) return this.dispatchGuarded(entry, entry.guard);
      this.dispatch(entry);
    }
    // Disconnected: wake up in time to fail the oldest action that waited too long.
    if (this.waiting.length > 0) this.schedule(Math.max(1, this.waiting[0]!.queuedUntil - performance.now()));
  }

  private schedule(delayMs: number): void {
    this.pumpTimer = setTimeout(() => this.pump(), delayMs);
  }

  private expireQueued(): void {
    const now = performance.now();
    while (this.waiting.length > 0 && this.waiting[0]!.queuedUntil <= now) {
      const entry = this.waiting.shift()!;
      entry.reject(
        new AmiError(
          AmiErrorCode.QUEUE_TIMEOUT,
          `${entry.action.action} waited ${this.options.queueTimeoutMs} ms without being sent`,
          { actionId: entry.action.actionid },
        ),
      );
    }
  }

  /** Checks the guard, then writes the action with nothing awaited in between, or fails it as FENCED. */
  private dispatchGuarded(entry: Queued, guard: SendGuard): void {
    this.guarding = true;
    void Promise.resolve()
      .then(guard)
      .catch(() => false)
      .then((allowed) => {
        this.guarding = false;
        if (this.closed) {
          entry.reject(new AmiError(this.closed.code, `${this.closed.message} before ${entry.action.action} was sent`));
        } else if (!allowed) {
          entry.reject(
            new AmiError(AmiErrorCode.FENCED, `${entry.action.action} not sent: its guard no longer holds`, {
              actionId: entry.action.actionid,
            }),
          );
        } else if (!this.connection.isConnected) {
          this.waiting.unshift(entry); // checked again once connected
        } else {
          this.dispatch(entry);
        }
        this.pump();
      });
  }

  private dispatch(entry: Queued): void {
    const actionId = entry.action.actionid;
    const sentAt = performance.now();
    const timer = setTimeout(() => {
      this.inFlight.delete(actionId);
      this.finished(entry, sentAt, 'timeout');
      this.connection.forget(actionId);
      this.options.logger.warn(
        { actionId, action: entry.action.action, timeoutMs: entry.timeoutMs },
        'AMI action timed out',
      );
      entry.reject(
        new AmiError(AmiErrorCode.ACTION_TIMEOUT, `${entry.action.action} got no answer within ${entry.timeoutMs} ms`, {
          actionId,
        }),
      );
    }, entry.timeoutMs);
    this.inFlight.set(actionId, { entry, timer, sentAt });
    try {
      this.connection.send(entry.action, (error, response) => {
        const flight = this.inFlight.get(actionId);
        if (!flight) return; // timed out or failed already
        clearTimeout(flight.timer);
        this.inFlight.delete(actionId);
        this.finished(entry, sentAt, error ? 'error' : 'success');
        if (error) entry.reject(error);
        else entry.resolve(response);
      });
    } catch (error) {
      clearTimeout(timer);
      this.inFlight.delete(actionId);
      entry.reject(error instanceof AmiError ? error : new AmiError(AmiErrorCode.DISCONNECTED, String(error)));
      return;
    }
    this.options.onSent?.({ actionId, action: entry.action.action, sentAt });
  }

  private finished(entry: Queued, sentAt: number, outcome: AmiActionOutcome): void {
    this.options.onFinished?.(entry.action.action, (performance.now() - sentAt) / 1000, outcome);
  }
}
