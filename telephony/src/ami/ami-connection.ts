import { EventEmitter } from 'node:events';
import AsteriskManager, { type Manager, type ManagerAction, type ManagerMessage } from 'asterisk-manager';
import type { Logger } from 'pino';
import { assertSafeAction } from './ami-action-safety.js';
import { AmiError, AmiErrorCode } from './ami.errors.js';
import type { AmiEventBase, AmiResponse } from './ami-events.js';

export interface ReconnectOptions {
  /** Delay before the first retry; doubles on each failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface AmiConnectionOptions {
  host: string;
  port: number;
  username: string;
  secret: string;
  reconnect?: ReconnectOptions;
  /** One connect + login taking longer than this counts as a failed attempt. */
  loginTimeoutMs?: number;
  /**
   * How long a login waits for Asterisk's FullyBooted before it counts as connected anyway
   * (a user without the `system` read class never gets one).
   */
  bootWaitMs?: number;
  logger: Logger;
}

interface ConnectionEvents {
  connected: [{ reconnected: boolean }];
  disconnected: [{ reason: string }];
  event: [AmiEventBase];
}

type ResponseHandler = (error: AmiError | undefined, response: AmiResponse) => void;

const asResponse = (message: ManagerMessage) => message as unknown as AmiResponse;

/**
 * One logical AMI session over asterisk-manager: connects, logs in, and whenever the socket
 * drops, logs in again after an exponential backoff with jitter. A new library instance per
 * attempt, so that nothing of a dead session (buffers, listeners) leaks into the next one.
 */
export class AmiConnection extends EventEmitter<ConnectionEvents> {
  private manager: Manager | undefined;
  private state: 'idle' | 'connecting' | 'connected' | 'waiting' | 'closed' = 'idle';
  private failures = 0;
  private everConnected = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly logger: Logger;

  constructor(private readonly options: AmiConnectionOptions) {
    super();
    // The library writes the Login action itself, from these.
    assertSafeAction({ action: 'Login', username: options.username, secret: options.secret });
    this.logger = options.logger.child({ component: 'ami', host: options.host, port: options.port });
  }

  get isConnected(): boolean {
    return this.state === 'connected';
  }

  /** Resolves at the first login; rejects when the credentials are refused or on close. */
  start(): Promise<void> {
    if (this.state !== 'idle') throw new Error('AmiConnection.start() called twice');
    return new Promise((resolve, reject) => {
      const onConnected = () => {
        this.off('disconnected', onRejected);
        resolve();
      };
      const onRejected = ({ reason }: { reason: string }) => {
        if (this.state !== 'closed') return;
        this.off('connected', onConnected);
        reject(
          new AmiError(
            reason === 'login rejected' ? AmiErrorCode.LOGIN_REJECTED : AmiErrorCode.CLOSED,
            `AMI ${reason}`,
          ),
        );
      };
      this.once('connected', onConnected);
      this.on('disconnected', onRejected);
      this.attempt();
    });
  }

  /**
   * Writes one action on the live session: the only place Switchboard's actions reach the
   * socket, so the last gate against header injection. The caller must check `isConnected` first.
   */
  send(action: ManagerAction, onResponse: ResponseHandler): void {
    assertSafeAction(action);
    if (!this.manager || this.state !== 'connected')
      throw new AmiError(AmiErrorCode.DISCONNECTED, 'AMI is not connected');
    this.manager.action(action, (error, response) => {
      if (error)
        onResponse(
          new AmiError(AmiErrorCode.ACTION_FAILED, String(error['message'] ?? 'AMI action failed'), {
            response: error,
          }),
          asResponse(error),
        );
      else onResponse(undefined, asResponse(response));
    });
  }

  /** Drops the library's listener for an action that will never be answered (timed out). */
  forget(actionId: string): void {
    this.manager?.removeAllListeners(actionId);
  }

  async close(): Promise<void> {
    const wasLive = this.state === 'connected';
    this.state = 'closed';
    clearTimeout(this.retryTimer);
    const manager = this.manager;
    this.manager = undefined;
    if (manager) await new Promise<void>((resolve) => manager.disconnect(resolve));
    if (wasLive) this.emit('disconnected', { reason: 'closed' });
  }

  private attempt(): void {
    this.state = 'connecting';
    const { host, port, username, secret } = this.options;
    const manager = AsteriskManager(0, host, username, secret, true);
    this.manager = manager;
    let settled = false;
    let bootTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => lost('login timed out'), this.options.loginTimeoutMs ?? 5000);
    const bootWaitMs = this.options.bootWaitMs ?? 60_000;
    const lost = (reason: string) => {
      if (this.manager !== manager || this.state === 'closed') return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(bootTimer);
      manager.removeAllListeners();
      manager.on('error', () => undefined);
      manager.disconnect();
      this.manager = undefined;
      this.scheduleRetry(reason);
    };
    manager.on('error', (error: Error) => this.logger.debug({ err: error }, 'AMI socket error'));
    manager.on('close', () => lost(settled ? 'connection closed' : 'connection failed'));
    // Asterisk takes logins while its modules still load, and answers QueueStatus, QueueAdd
    // and the like with "Invalid/unknown command" until then: a session counts as connected
    // (and workers resync) only once Asterisk says FullyBooted, which it sends right after the
    // login when it is booted already.
    let booted = false;
    let loggedIn = false;
    const ready = () => {
      if (this.manager !== manager || this.state !== 'connecting') return;
      clearTimeout(bootTimer);
      this.state = 'connected';
      this.failures = 0;
      this.logger.info({ reconnected: this.everConnected, booted }, 'AMI logged in');
      this.emit('connected', { reconnected: this.everConnected });
      this.everConnected = true;
    };
    manager.on('managerevent', (event: AmiEventBase) => {
      if (event.event === 'FullyBooted' && !booted) {
        booted = true;
        if (loggedIn) ready();
      }
      this.emit('event', event);
    });
    manager.connect(port, host, () =>
      manager.login((error) => {
        if (settled || this.manager !== manager) return;
        settled = true;
        clearTimeout(timer);
        if (error) return this.reject(manager, String(error['message'] ?? 'login rejected'));
        loggedIn = true;
        if (booted) return ready();
        bootTimer = setTimeout(() => {
          this.logger.warn({ waitedMs: bootWaitMs }, 'AMI logged in but Asterisk never said FullyBooted; going on');
          ready();
        }, bootWaitMs);
      }),
    );
  }

  private reject(manager: Manager, message: string): void {
    this.logger.error({ message }, 'AMI refused the credentials; not retrying');
    this.state = 'closed';
    this.manager = undefined;
    manager.removeAllListeners();
    manager.on('error', () => undefined);
    manager.disconnect();
    this.emit('disconnected', { reason: 'login rejected' });
  }

  private scheduleRetry(reason: string): void {
    const wasConnected = this.state === 'connected';
    this.state = 'waiting';
    this.failures += 1;
    const { initialDelayMs = 200, maxDelayMs = 10_000 } = this.options.reconnect ?? {};
    const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** (this.failures - 1));
    // Jitter spreads the reconnects of many processes after an Asterisk restart.
    const delayMs = Math.round(ceiling * (0.5 + Math.random() / 2));
    const log = wasConnected ? this.logger.warn.bind(this.logger) : this.logger.debug.bind(this.logger);
    log({ reason, delayMs, failures: this.failures }, 'AMI connection lost; reconnecting');
    if (wasConnected) this.emit('disconnected', { reason });
    this.retryTimer = setTimeout(() => this.attempt(), delayMs);
  }
}
