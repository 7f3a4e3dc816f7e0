import type { ManagerAction } from 'asterisk-manager';
import type { Logger } from 'pino';
import { AmiError, AmiErrorCode } from './ami.errors.js';
import type { AmiResponse } from './ami-events.js';
import type { AmiConnection } from './ami-connection.js';
import type { TokenBucket } from './token-bucket.js';

/** Reported for every action written to the socket: what the rate limit is measured on. */
export interface SentAction {
  actionId: string;
  action: string;
  /** performance.now() when written. */
  sentAt: number;
}

interface Queued {
  action: ManagerAction & { action: string; actionid: string };
  timeoutMs: number;
  queuedUntil: number;
  resolve: (response: AmiResponse) => void;
  reject: (error: AmiError) => void;
}

export interface ActionQueueOptions {
  /** Longest an action may wait for a token or a connection before it fails unsent. */
  queueTimeoutMs: number;
  logger: Logger;
  onSent?: (sent: SentAction) => void;
}

/**
 * Sends actions in order, no faster than the token bucket allows. Each sent action has its
 * own timeout and nothing waits for its answer, so a hung action blocks no other. Actions wait
 * (unsent) while the connection is down; those in flight when it drops fail as DISCONNECTED,
 * because Asterisk may have run them and only the caller can tell whether a retry is safe.
 */
export class ActionQueue {
  private readonly waiting: Queued[] = [];
  private readonly inFlight = new Map<string, { entry: Queued; timer: NodeJS.Timeout }>();
  private pumpTimer: NodeJS.Timeout | undefined;
  private closed: { code: AmiErrorCode; message: string } | undefined;

  constructor(
    private readonly connection: Pick<AmiConnection, 'isConnected' | 'send' | 'forget'>,
    private readonly bucket: TokenBucket,
    private readonly options: ActionQueueOptions,
  ) {}

  get pending(): { queued: number; inFlight: number } {
    return { queued: this.waiting.length, inFlight: this.inFlight.size };
  }

  enqueue(action: Queued['action'], timeoutMs: number): Promise<AmiResponse> {
    if (this.closed) return Promise.reject(new AmiError(this.closed.code, this.closed.message));
    return new Promise((resolve, reject) => {
      this.waiting.push({
        action,
        timeoutMs,
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
    for (const [actionId, { entry, timer }] of this.inFlight) {
      clearTimeout(timer);
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
    this.expireQueued();
    while (this.waiting.length > 0 && this.connection.isConnected) {
      const waitMs = this.bucket.take();
      if (waitMs > 0) return this.schedule(waitMs);
      this.dispatch(this.waiting.shift()!);
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

  private dispatch(entry: Queued): void {
    const actionId = entry.action.actionid;
    const timer = setTimeout(() => {
      this.inFlight.delete(actionId);
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
    this.inFlight.set(actionId, { entry, timer });
    try {
      this.connection.send(entry.action, (error, response) => {
        const flight = this.inFlight.get(actionId);
        if (!flight) return; // timed out or failed already
        clearTimeout(flight.timer);
        this.inFlight.delete(actionId);
        if (error) entry.reject(error);
        else entry.resolve(response);
      });
    } catch (error) {
      clearTimeout(timer);
      this.inFlight.delete(actionId);
      entry.reject(error instanceof AmiError ? error : new AmiError(AmiErrorCode.DISCONNECTED, String(error)));
      return;
    }
    this.options.onSent?.({ actionId, action: entry.action.action, sentAt: performance.now() });
  }
}
