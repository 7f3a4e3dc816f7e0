import type { Logger } from 'pino';
import type { EventBusErrors } from './event-bus.js';

/** A Redis outage fails a reconnect every couple of seconds: one line per client this often is enough. */
const CONNECTION_LOG_INTERVAL_MS = 30_000;

/** The bus's failures in a process's log: every lost event, and connection failures at most every 30 s per client. */
export function eventBusLogging(logger: Logger): EventBusErrors {
  const lastLogged = new Map<string, number>();
  return {
    publishFailed: (error, channel) => logger.warn({ err: error, channel }, 'event not published'),
    connectionFailed: (error, client) => {
      const now = Date.now();
      if (now - (lastLogged.get(client) ?? 0) < CONNECTION_LOG_INTERVAL_MS) return;
      lastLogged.set(client, now);
      logger.warn({ err: error, client }, 'event bus: Redis connection failed; reconnecting');
    },
  };
}
