import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { EventBus, openDatabase, type Orm } from '@switchboard/schema';
import { loadWorkersConfigOrExit, type WorkersConfig } from '../config.js';

/** What every worker process opens once: its config, logger, database, event bus and Redis. */
export interface WorkerProcess {
  config: WorkersConfig;
  logger: Logger;
  orm: Orm;
  events: EventBus;
  /** A plain connection for stores (agent states, counters); commands only, no subscriptions. */
  redis: Redis;
}

/**
 * The body of every `workers/src/<name>/main.ts`: reads the config (exits 78 when invalid),
 * opens the shared connections, starts the worker, and on SIGINT / SIGTERM closes the worker
 * first, then the connections, so a worker's last writes still reach Postgres and Redis.
 */
export async function runWorkerProcess(
  name: string,
  start: (process: WorkerProcess) => Promise<{ close(): Promise<void> }> | { close(): Promise<void> },
): Promise<void> {
  const config = loadWorkersConfigOrExit();
  const logger = pino({ level: config.LOG_LEVEL, base: { service: name } });
  const orm = await openDatabase(config.DATABASE_URL);
  const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const worker = await start({ config, logger, orm, events, redis });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      worker
        .close()
        .then(() => Promise.all([events.close(), orm.close(true)]))
        .then(() => redis.disconnect())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
    });
  }
}
