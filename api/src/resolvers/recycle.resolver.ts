import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import {
  RECYCLE_JOB_OPTIONS,
  RecycleCampaignInput,
  RecycleRun,
  RecycleRunStatus,
  failRecycle,
  findVisibleRecycleRun,
  notFound,
  recycleProgressOf,
  requestRecycle,
  type EventEnvelope,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: 'Where a recycling stands: the current state first, then one event per batch.' })
export class RecycleProgress extends LiveEvent {
  @Field(() => ID, { description: 'The job (and RecycleRun) id recycleCampaign returned.' })
  jobId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => RecycleRunStatus)
  status!: RecycleRunStatus;

  @Field(() => Int)
  scannedContacts!: number;

  @Field(() => Int)
  totalContacts!: number;

  @Field(() => Int)
  recycledContacts!: number;

  @Field(() => ID, { nullable: true, description: 'When DONE: the campaign that dials the recycled contacts.' })
  resultCampaignId!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

type ProgressEnvelope = EventEnvelope<'campaign.recycle_progress'>;

function toOutput(event: ProgressEnvelope): RecycleProgress {
  const { runId, status, ...rest } = event.data;
  return {
    id: event.id,
    kind: LiveEventKind.CHANGE,
    occurredAt: new Date(event.occurredAt),
    jobId: runId,
    status: status as RecycleRunStatus,
    ...rest,
  };
}

@Resolver()
export class RecycleResolver {
  @Mutation(() => RecycleRun, {
    description:
      'Recycles a FINISHED or PAUSED campaign (the manual\'s "Reciclar") in the background; follow it with ' +
      'recycleProgress(jobId: <the returned id>). SAME: the selected contacts go back to the dialer in this ' +
      'campaign, activate (or resume) it to dial them; NEW_CAMPAIGN: an INACTIVE copy of the campaign with a ' +
      'new contact database holding copies of the selected contacts.',
  })
  async recycleCampaign(
    @Arg('input', () => RecycleCampaignInput) input: RecycleCampaignInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RecycleRun> {
    const scoped = domain(context);
    const run = await requestRecycle(scoped, input);
    try {
      await context.services.recycleQueue.add('recycle', { runId: run.id }, { ...RECYCLE_JOB_OPTIONS, jobId: run.id });
    } catch (error) {
      await failRecycle(scoped.em, run.id, `could not enqueue: ${(error as Error).message}`);
      throw error;
    }
    return run;
  }

  @Subscription(() => RecycleProgress, {
    description: 'Progress of a recycling: its current state first, then every batch, until DONE or FAILED.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const scoped = domain(ctx);
      const jobId = String((args as { jobId: string }).jobId).toLowerCase();
      return snapshotThenEvents<'campaign.recycle_progress', RecycleProgress>(
        ctx.events.subscribe('campaign.recycle_progress'),
        {
          snapshot: async () => {
            const run = await findVisibleRecycleRun({ ...scoped, em: scoped.em.fork() }, jobId);
            if (!run) throw notFound('Recycle job', jobId);
            const { runId, ...progress } = recycleProgressOf(run);
            return [
              {
                id: crypto.randomUUID(),
                kind: LiveEventKind.SNAPSHOT,
                occurredAt: new Date(),
                jobId: runId,
                ...progress,
              },
            ];
          },
          visible: (event: ProgressEnvelope) => event.data.runId === jobId,
          toOutput,
        },
      );
    },
  })
  recycleProgress(@Root() event: RecycleProgress, @Arg('jobId', () => ID) _jobId: string): RecycleProgress {
    return event;
  }
}
