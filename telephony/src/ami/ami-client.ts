import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { ManagerAction } from 'asterisk-manager';
import type { Logger } from 'pino';
import { ActionQueue, type SendGuard, type SentAction } from './action-queue.js';
import { assertSafeAction } from './ami-action-safety.js';
import { AmiConnection, type ReconnectOptions } from './ami-connection.js';
import { AmiError, AmiErrorCode } from './ami.errors.js';
import type { AmiEventBase, AmiEventMap, AmiEventName, AmiResponse } from './ami-events.js';
import { TokenBucket } from './token-bucket.js';
import { notifyObserver, type AmiObserver } from './ami-observer.js';

export interface AmiClientOptions {
  host: string;
  port: number;
  username: string;
  secret: string;
  /** Sustained rate of actions written to Asterisk. Default 20. */
  actionsPerSecond?: number;
  /** Actions that may leave at once after a quiet period. Default 10. */
  burst?: number;
  /** How long Asterisk has to answer one action. Default 10 s. */
  actionTimeoutMs?: number;
  /** How long an action may wait unsent (rate limit, no connection). Default 60 s. */
  queueTimeoutMs?: number;
  reconnect?: ReconnectOptions;
  logger: Logger;
  /** Watches action latencies and (re)connections, for the process's metrics. */
  observer?: AmiObserver;
}

/** One AMI action: `action` is its name; other keys are headers (objects become `Variable` lines). */
export type AmiAction = { action: string } & Record<
  string,
  string | number | boolean | Record<string, string> | undefined
>;

export interface SendOptions {
  timeoutMs?: number;
  /** Chosen by the caller when it must listen for events of this action before sending it. */
  actionId?: string;
  /** Checked after the rate limit, right before writing: refused -> never sent, AmiError FENCED. */
  guard?: SendGuard;
}

interface ClientEvents {
  connected: [{ reconnected: boolean }];
  disconnected: [{ reason: string }];
  sent: [SentAction];
  event: [AmiEventBase];
}

/**
 * The AMI adapter: a self-healing connection, a rate-limited action queue with per-action
 * timeouts, and typed events. Actions in `ami/actions/` wrap one AMI command each.
 */
export class AmiClient {
  private readonly connection: AmiConnection;
  private readonly queue: ActionQueue;
  private readonly emitter = new EventEmitter<ClientEvents>();
  private readonly actionIdPrefix = randomBytes(4).toString('hex');
  private actionCounter = 0;
  private readonly actionTimeoutMs: number;

  constructor(options: AmiClientOptions) {
    const logger = options.logger.child({ component: 'ami' });
    this.actionTimeoutMs = options.actionTimeoutMs ?? 10_000;
    this.emitter.setMaxListeners(0);
    this.connection = new AmiConnection({ ...options, logger: options.logger });
    this.queue = new ActionQueue(
      this.connection,
      new TokenBucket(options.actionsPerSecond ?? 20, options.burst ?? 10),
      {
        queueTimeoutMs: options.queueTimeoutMs ?? 60_000,
        logger,
        onSent: (sent) => this.emitter.emit('sent', sent),
        onFinished: (action, seconds, outcome) =>
          notifyObserver(options.observer, 'actionFinished', action, seconds, outcome),
      },
    );
    this.connection.on('connected', (info) => {
      notifyObserver(options.observer, 'connected', info.reconnected);
      this.emitter.emit('connected', info);
      this.queue.wake();
    });
    this.connection.on('disconnected', (info) => {
      notifyObserver(options.observer, 'disconnected', info.reason);
      this.queue.failInFlight(info.reason);
      if (info.reason === 'login rejected')
        this.queue.close(AmiErrorCode.LOGIN_REJECTED, 'AMI refused the credentials');
      this.emitter.emit('disconnected', info);
    });
    this.connection.on('event', (event) => this.emitter.emit('event', event));
  }

  get connected(): boolean {
    return this.connection.isConnected;
  }

  /** Connects and logs in; later drops are repaired in the background. */
  async connect({ timeoutMs = 15_000 }: { timeoutMs?: number } = {}): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AmiError(AmiErrorCode.ACTION_TIMEOUT, `AMI did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    const started = this.connection.start();
    // After a timeout the connection keeps trying; a later refusal must not go unhandled.
    started.catch(() => undefined);
    try {
      await Promise.race([started, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.queue.close();
    await this.connection.close();
  }

  /** A fresh ActionID, for callers that subscribe to an action's events before sending it. */
  newActionId(): string {
    this.actionCounter += 1;
    return `${this.actionIdPrefix}-${this.actionCounter}`;
  }

  /**
   * Queues one action; resolves with Asterisk's response, rejects with an AmiError. An action
   * with a control character in a header is refused at once (UNSAFE_ACTION) and never queued.
   */
  send(action: AmiAction, options: SendOptions = {}): Promise<AmiResponse> {
    const actionid = options.actionId ?? this.newActionId();
    try {
      assertSafeAction({ ...action, actionid });
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.enqueue(
      { ...action, actionid } as ManagerAction & { action: string; actionid: string },
      options.timeoutMs ?? this.actionTimeoutMs,
      options.guard,
    );
  }

  /**
   * Sends a list action (CoreShowChannels, PJSIPShowContacts...) and collects the events it
   * produces up to the one marked `EventList: Complete`.
   */
  async sendList(action: AmiAction, options: Omit<SendOptions, 'actionId'> = {}): Promise<AmiEventBase[]> {
    const actionId = this.newActionId();
    const events: AmiEventBase[] = [];
    let finish: () => void = () => undefined;
    const complete = new Promise<void>((resolve) => (finish = resolve));
    const unsubscribe = this.onAnyEvent((event) => {
      if (event['actionid'] !== actionId) return;
      if (String(event['eventlist']).toLowerCase() === 'complete') finish();
      else events.push(event);
    });
    try {
      await this.send(action, { ...options, actionId });
      await withTimeout(complete, options.timeoutMs ?? this.actionTimeoutMs, `${action.action} list`);
      return events;
    } finally {
      unsubscribe();
    }
  }

  /** Listens to one event type; returns the function that stops listening. */
  on<Name extends AmiEventName>(name: Name, listener: (event: AmiEventMap[Name]) => void): () => void {
    return this.onAnyEvent((event) => {
      if (event.event === name) listener(event as AmiEventMap[Name]);
    });
  }

  onAnyEvent(listener: (event: AmiEventBase) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** `connected` fires on every login (with `reconnected`), `disconnected` on every drop. */
  onConnection<Name extends 'connected' | 'disconnected'>(
    name: Name,
    listener: (...args: ClientEvents[Name]) => void,
  ): () => void {
    this.emitter.on(name, listener as never);
    return () => this.emitter.off(name, listener as never);
  }

  /** Called for every action written to Asterisk, after the rate limit. */
  onActionSent(listener: (sent: SentAction) => void): () => void {
    this.emitter.on('sent', listener);
    return () => this.emitter.off('sent', listener);
  }

  /** The next event of a type that matches; rejects after `timeoutMs`. */
  waitForEvent<Name extends AmiEventName>(
    name: Name,
    matches: (event: AmiEventMap[Name]) => boolean,
    timeoutMs = this.actionTimeoutMs,
  ): Promise<AmiEventMap[Name]> {
    let unsubscribe: () => void = () => undefined;
    const found = new Promise<AmiEventMap[Name]>((resolve) => {
      unsubscribe = this.on(name, (event) => {
        if (matches(event)) resolve(event);
      });
    });
    return withTimeout(found, timeoutMs, `a ${name} event`).finally(unsubscribe);
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AmiError(AmiErrorCode.ACTION_TIMEOUT, `No ${what} within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
