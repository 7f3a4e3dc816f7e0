import { Counter, Gauge, type Registry } from 'prom-client';
import type { Queue, Worker } from 'bullmq';
import { sharedMetric } from './shared-metric.js';

/** The job states worth watching: what waits, what runs, what is scheduled, what failed for good. */
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'paused', 'failed'] as const;

/**
 * Job-queue metrics for a BullMQ queue this process works on (docs/metrics-workers.md): its
 * depth by state, read from Redis at each scrape (so every process working on the queue
 * reports the same, shared, numbers), and the jobs this process finished.
 */
export function observeJobQueue(registry: Registry, queue: Queue, worker?: Worker): void {
  const registers = [registry];
  const queues = sharedQueues(registry);
  queues.add(queue);
  sharedMetric(
    registry,
    'switchboard_job_queue_jobs',
    () =>
      new Gauge({
        name: 'switchboard_job_queue_jobs',
        help: 'Jobs in a BullMQ queue by state (waiting, active, delayed, prioritized, paused, failed), read at scrape time.',
        labelNames: ['queue', 'state'],
        registers,
        async collect() {
          for (const watched of queues) {
            const counts = await watched.getJobCounts(...STATES);
            for (const state of STATES) this.set({ queue: watched.name, state }, counts[state] ?? 0);
          }
        },
      }),
  );
  if (!worker) return;
  const processed = sharedMetric(
    registry,
    'switchboard_jobs_processed_total',
    () =>
      new Counter({
        name: 'switchboard_jobs_processed_total',
        help: 'Jobs this process finished, by queue and result (completed, failed: an attempt that threw).',
        labelNames: ['queue', 'result'],
        registers,
      }),
  );
  worker.on('completed', () => processed.inc({ queue: queue.name, result: 'completed' }));
  worker.on('failed', () => processed.inc({ queue: queue.name, result: 'failed' }));
}

const watchedQueues = new WeakMap<Registry, Set<Queue>>();

function sharedQueues(registry: Registry): Set<Queue> {
  let queues = watchedQueues.get(registry);
  if (!queues) watchedQueues.set(registry, (queues = new Set()));
  return queues;
}

/** A queue closed by its worker is no longer read at scrapes. */
export function forgetJobQueue(registry: Registry, queue: Queue): void {
  watchedQueues.get(registry)?.delete(queue);
}
