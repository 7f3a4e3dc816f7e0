import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  EventBus,
  createMetricsRegistry,
  eventBusLogging,
  openDatabase,
  serveMetrics,
  type Orm,
} from '@switchboard/schema';
import { loadWorkersConfigOrExit, type WorkersConfig } from '../config.js';

/** What every worker process opens once: its config, logger, database, event bus, Redis and metrics. */
export interface WorkerProcess {
  config: WorkersConfig;
  logger: Logger;
  orm: Orm;
  events: EventBus;
  /** A plain connection for stores (agent states, counters); commands only, no subscriptions. */
  redis: Redis;
  /** The process's Prometheus registry, served at /metrics when METRICS_PORT is set. */
  metrics: Registry;
}

type StartWorker = (process: WorkerProcess) => Promise<{ close(): Promise<void> }> | { close(): Promise<void> };

export interface RunningWorkerProcess {
  readonly process: WorkerProcess;
  /** Where /metrics listens; null when METRICS_PORT is unset. */
  readonly metricsAddress: AddressInfo | null;
  /** Closes the worker first, then the metrics server and the connections. */
  close(): Promise<void>;
}

/**
 * Opens what a worker needs, serves its metrics (when METRICS_PORT is set) and starts it. The
 * metrics server comes up before the worker, so a worker stuck starting still shows its
 * process metrics.
 */
export async function startWorkerProcess(
  name: string,
  config: WorkersConfig,
  start: StartWorker,
): Promise<RunningWorkerProcess> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: name } });
  const metrics = createMetricsRegistry(name);
  let server: Server | null = null;
  if (config.METRICS_PORT !== undefined) {
    server = await serveMetrics(metrics, {
      port: config.METRICS_PORT,
      host: config.METRICS_HOST,
      token: config.METRICS_TOKEN,
    });
    logger.info({ address: server.address() }, 'metrics at /metrics');
  }
  const orm = await openDatabase(config.DATABASE_URL);
  const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX, eventBusLogging(logger));
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const opened: WorkerProcess = { config, logger, orm, events, redis, metrics };
  const worker = await start(opened);
  return {
    process: opened,
    metricsAddress: server ? (server.address() as AddressInfo) : null,
    async close() {
      await worker.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await Promise.all([events.close(), orm.close(true)]);
      redis.disconnect();
    },
  };
}

/**
 * The body of every `workers/src/<name>/main.ts`: reads the config (exits 78 when invalid),
 * starts the worker process, and on SIGINT / SIGTERM closes the worker first, then the
 * connections, so a worker's last writes still reach Postgres and Redis.
 */
export async function runWorkerProcess(name: string, start: StartWorker): Promise<void> {
  const running = await startWorkerProcess(name, loadWorkersConfigOrExit(), start);
  const { logger } = running.process;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      running.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
