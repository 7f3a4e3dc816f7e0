// Retrying a database write through a short outage (Postgres restarting, a connection cut by
// an administrator or a network blip) instead of dropping what it carried. Only errors that say
// the connection failed are retried: a write Postgres refused for its content fails at once,
// so one bad write cannot hold up the ones behind it for long.

import type { Logger } from 'pino';

/** SQLSTATE classes and codes of a lost or refused connection. */
const TRANSIENT_SQLSTATE = /^(08|57P0[1-3]|53300)/;
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const TRANSIENT_MESSAGES =
  /connection terminated|terminating connection|connection is closed|Connection ended|timeout exceeded when trying to connect/i;

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code))) return true;
  const cause = (error as { cause?: unknown }).cause;
  return TRANSIENT_MESSAGES.test(error.message) || (cause !== undefined && isTransientDatabaseError(cause));
}

export interface DatabaseRetryOptions {
  logger: Logger;
  /** What is being written, for the log. */
  what: string;
  /** Give up (and throw the last error) after this long. */
  giveUpAfterMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** Runs `write`, again after a growing pause while it fails for a lost connection. */
export async function retryThroughOutage<T>(write: () => Promise<T>, options: DatabaseRetryOptions): Promise<T> {
  const started = Date.now();
  let delay = options.firstDelayMs ?? 100;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const elapsed = Date.now() - started;
      if (!isTransientDatabaseError(error) || elapsed >= (options.giveUpAfterMs ?? 120_000)) throw error;
      options.logger.warn({ err: error, attempt, what: options.what }, 'database unreachable; retrying the write');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(options.maxDelayMs ?? 5_000, delay * 2);
    }
  }
}
