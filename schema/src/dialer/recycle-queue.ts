/**
 * The BullMQ queue between the api (which enqueues recycling) and workers/recycler (which runs
 * it), named once. The library itself stays out of schema: both ends depend on bullmq.
 */
export const RECYCLE_QUEUE = 'campaign-recycle';

export interface RecycleJobData {
  runId: string;
}

/** BullMQ joins prefix and queue name with ':', so the deployment's "sb:" becomes "sb". */
export function bullmqPrefix(redisPrefix: string): string {
  return redisPrefix.replace(/:+$/, '') || 'bull';
}

/** Job options both ends use: a crashed or failed attempt runs again (the job is idempotent). */
export const RECYCLE_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 1000 },
};
