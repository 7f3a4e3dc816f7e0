import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import { DomainError, type EventBus, type EventTopics, type Session, type Viewer } from '@switchboard/schema';

/** The token no longer holds (expired, revoked, user locked or deactivated): log in again. */
export const CLOSE_TOKEN_INVALID = 4401;
/** The user's rights changed (its role's permissions): reconnecting with the same token gets the new ones. */
export const CLOSE_RIGHTS_CHANGED = 4403;

/** Every socket is re-checked this often too, in case a revocation event was lost with Redis. */
const RECHECK_INTERVAL_MS = 60_000;
/** setTimeout's limit (about 24.8 days); longer token lifetimes re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface TrackedSocket {
  socket: WebSocket;
  token: string;
  userId: string;
  roleId: string;
  rights: string;
  expiresAt: Date;
  timer?: NodeJS.Timeout;
}

/** A close reason is at most 123 bytes. */
export function closeReason(message: string): string {
  return Buffer.from(message).subarray(0, 123).toString();
}

function rightsOf(viewer: Viewer): string {
  return [...viewer.user.role.permissions].sort().join(',') + `|agent:${viewer.agentId ?? ''}`;
}

/**
 * The authenticated WebSockets of this api process. A socket is closed when its token expires,
 * and when an `auth.access_changed` event (from any process) says its user or role changed and
 * the token no longer holds or the rights differ; closing it ends its subscriptions.
 */
export class SocketSessions {
  private readonly sockets = new Map<WebSocket, TrackedSocket>();
  private readonly source: AsyncIterator<{ data: EventTopics['auth.access_changed'] }>;
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly verify: (token: string) => Promise<Session>,
    events: EventBus,
    private readonly logger: Logger,
  ) {
    this.source = events.subscribe('auth.access_changed')[Symbol.asyncIterator]();
    void this.listen();
    this.sweep = setInterval(() => void this.recheckAll((): boolean => true), RECHECK_INTERVAL_MS);
    this.sweep.unref();
  }

  track(socket: WebSocket, token: string, session: Session): void {
    const entry: TrackedSocket = {
      socket,
      token,
      userId: session.viewer.userId,
      roleId: session.viewer.user.role.id,
      rights: rightsOf(session.viewer),
      expiresAt: session.expiresAt,
    };
    this.sockets.set(socket, entry);
    this.armExpiry(entry);
    socket.once('close', () => this.forget(entry));
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    for (const entry of this.sockets.values()) this.forget(entry);
    await this.source.return?.();
  }

  private async listen(): Promise<void> {
    for (;;) {
      const { value, done } = await this.source.next();
      if (done) return;
      const { userId, roleId } = value.data;
      await this.recheckAll((entry) => entry.userId === userId || entry.roleId === roleId);
    }
  }

  private async recheckAll(concerned: (entry: TrackedSocket) => boolean): Promise<void> {
    for (const entry of [...this.sockets.values()].filter(concerned)) await this.recheck(entry);
  }

  private async recheck(entry: TrackedSocket): Promise<void> {
    try {
      const session = await this.verify(entry.token);
      if (rightsOf(session.viewer) !== entry.rights) {
        this.end(entry, CLOSE_RIGHTS_CHANGED, 'Permissions changed; reconnect');
      }
    } catch (error) {
      if (error instanceof DomainError) {
        this.end(entry, CLOSE_TOKEN_INVALID, (error as Error).message);
      } else {
        // The database is down, say: not a reason to drop the user; the next sweep retries.
        this.logger.warn({ err: error, userId: entry.userId }, 'could not re-check a WebSocket');
      }
    }
  }

  private armExpiry(entry: TrackedSocket): void {
    const remaining = entry.expiresAt.getTime() - Date.now();
    entry.timer = setTimeout(
      () =>
        Date.now() >= entry.expiresAt.getTime()
          ? this.end(entry, CLOSE_TOKEN_INVALID, 'Token expired')
          : this.armExpiry(entry),
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
    entry.timer.unref();
  }

  /** Closes a socket whose token an operation found dead (after the operation's error is sent). */
  revoked(socket: WebSocket, reason: string): void {
    const entry = this.sockets.get(socket);
    if (entry) setImmediate(() => this.end(entry, CLOSE_TOKEN_INVALID, reason));
  }

  /** Closes one socket: graphql-ws then ends every subscription it runs. */
  private end(entry: TrackedSocket, code: number, reason: string): void {
    this.forget(entry);
    entry.socket.close(code, closeReason(reason));
  }

  private forget(entry: TrackedSocket): void {
    clearTimeout(entry.timer);
    this.sockets.delete(entry.socket);
  }
}
