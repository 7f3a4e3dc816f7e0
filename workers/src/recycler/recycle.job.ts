import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import {
  DomainError,
  failRecycle,
  notifyRecycleProgress,
  recycleProgressOf,
  runRecycle,
  type EventBus,
  type Orm,
  type RecycleJobData,
} from '@switchboard/schema';

export interface RecycleJobDeps {
  orm: Orm;
  events: EventBus;
  logger: Logger;
  batchSize: number;
}

/**
 * One recycling, as the BullMQ job runs it: the run's rules are in schema (runRecycle); here
 * progress goes to the bus (the recycleProgress subscription) and to the job, and failures are
 * recorded on the run once no attempt is left (a refused request is never retried).
 */
export async function processRecycleJob(job: Job<RecycleJobData>, deps: RecycleJobDeps): Promise<string | null> {
  const { runId } = job.data;
  const log = deps.logger.child({ runId, jobId: job.id, attempt: job.attemptsMade + 1 });
  try {
    const run = await runRecycle(deps.orm.em.fork(), runId, {
      batchSize: deps.batchSize,
      onProgress: async (progress) => {
        notifyRecycleProgress(deps.events, progress);
        log.debug({ scanned: progress.scannedContacts, recycled: progress.recycledContacts }, 'batch recycled');
        await job.updateProgress({ scanned: progress.scannedContacts, total: progress.totalContacts });
      },
    });
    await deps.orm.em.fork().populate(run, ['campaign', 'resultCampaign']);
    notifyRecycleProgress(deps.events, recycleProgressOf(run));
    if (run.resultCampaign) deps.events.publish('campaign.updated', { campaignId: run.resultCampaign.id });
    log.info({ recycled: run.recycledContacts, scanned: run.scannedContacts }, 'recycled');
    return run.resultCampaign?.id ?? null;
  } catch (error) {
    const refused = error instanceof DomainError;
    const lastAttempt = refused || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    log.error({ err: error, lastAttempt }, 'recycling failed: rolled back');
    if (lastAttempt) {
      const progress = await failRecycle(deps.orm.em, runId, (error as Error).message ?? String(error));
      if (progress) notifyRecycleProgress(deps.events, progress);
    }
    throw refused ? new UnrecoverableError((error as Error).message) : error;
  }
}
