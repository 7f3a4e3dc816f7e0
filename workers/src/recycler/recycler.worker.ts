import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  RECYCLE_JOB_OPTIONS,
  RECYCLE_QUEUE,
  bullmqPrefix,
  unfinishedRecycleRuns,
  type EventBus,
  type Orm,
  type RecycleJobData,
} from '@switchboard/schema';
import type { WorkersConfig } from '../config.js';
import { processRecycleJob } from './recycle.job.js';
import { forgetJobQueue, observeJobQueue } from '../common/job-queue.metrics.js';

export interface RecyclerWorkerDeps {
  config: WorkersConfig;
  orm: Orm;
  events: EventBus;
  logger: Logger;
  /** The process's metrics registry: the recycle queue's depth and jobs are reported on it. */
  metrics?: Registry;
}

export interface RecyclerWorker {
  close(): Promise<void>;
}

/**
 * workers/recycler: runs the recycling jobs the api enqueues (BullMQ, queue prefix = the
 * deployment's REDIS_PREFIX). Any number may run: BullMQ hands each job to one of them, and a
 * job whose worker died is run again (stalled), which is safe because a run is one transaction.
 * At start it enqueues again the runs the database says are unfinished, so that a Redis wiped
 * meanwhile loses no recycling (a job id that still exists is not added twice).
 */
export async function startRecyclerWorker(deps: RecyclerWorkerDeps): Promise<RecyclerWorker> {
  const { config } = deps;
  const log = deps.logger.child({ worker: 'recycler', workerId: config.WORKER_ID });
  // BullMQ's blocking commands need an ioredis that retries forever.
  const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = bullmqPrefix(config.REDIS_PREFIX);
  const queue = new Queue<RecycleJobData>(RECYCLE_QUEUE, { connection, prefix });
  for (const runId of await unfinishedRecycleRuns(deps.orm.em)) {
    await queue.add('recycle', { runId }, { ...RECYCLE_JOB_OPTIONS, jobId: runId });
  }
  const worker = new Worker<RecycleJobData, string | null>(
    RECYCLE_QUEUE,
    (job) =>
      processRecycleJob(job, { orm: deps.orm, events: deps.events, logger: log, batchSize: config.RECYCLE_BATCH_SIZE }),
    { connection, prefix, concurrency: 1 },
  );
  worker.on('error', (error) => log.error({ err: error }, 'recycler worker error'));
  if (deps.metrics) observeJobQueue(deps.metrics, queue, worker);
  log.info({ prefix, queue: RECYCLE_QUEUE }, 'recycler ready');
  return {
    async close() {
      await worker.close();
      if (deps.metrics) forgetJobQueue(deps.metrics, queue);
      await queue.close();
      connection.disconnect();
    },
  };
}
