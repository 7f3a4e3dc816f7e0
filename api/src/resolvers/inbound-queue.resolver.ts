import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  DispositionCount,
  InboundQueueStats,
  QuarterHourActivity,
  inboundQueueStatsOf,
  readDispositionsToday,
  readInboundQueueStats,
  readQuarterHourActivity,
  statsForViewer,
  supervisedQueue,
  type EventEnvelope,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { campaignLiveStream } from '../graphql/campaign-updates.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: "A campaign queue's stats: the current ones first (SNAPSHOT), then each change (CHANGE)." })
export class InboundQueueStatsEvent extends LiveEvent {
  @Field(() => InboundQueueStats)
  stats!: InboundQueueStats;
}

type QueueEnvelope = EventEnvelope<'queue.state_changed'>;

const depsOf = (context: GraphQLContext) => ({
  queues: context.services.inboundQueues,
  agentStates: context.services.agentStates,
});

@Resolver()
export class InboundQueueResolver {
  @Query(() => InboundQueueStats, {
    description:
      "A campaign queue now (callers waiting, agents by state) and today's inbound counters. Supervisors see their campaigns.",
  })
  inboundQueueStats(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<InboundQueueStats> {
    return readInboundQueueStats(domain(context), depsOf(context), campaignId);
  }

  @Query(() => [QuarterHourActivity], {
    description:
      "A campaign's day by quarter-hour (calls, answered, connected, abandoned), for wallboard charts; day is YYYY-MM-DD in the campaign's zone, today by default.",
  })
  campaignActivityByQuarterHour(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('day', () => String, { nullable: true }) day: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<QuarterHourActivity[]> {
    return readQuarterHourActivity(domain(context), campaignId, day);
  }

  @Query(() => [DispositionCount], {
    description: "Today's dispositions of a campaign (its time zone), by option, most used first.",
  })
  campaignDispositionsToday(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DispositionCount[]> {
    return readDispositionsToday(domain(context), campaignId);
  }

  @Subscription(() => InboundQueueStatsEvent, {
    description: "A campaign queue's stats: a SNAPSHOT first, then every change (a few per second at most).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { em } = domain(ctx);
      // Scope and phone visibility are decided before the stream opens (a refusal is an error of
      // the subscription itself) and again only after the campaign changed: no event costs a
      // database read per subscriber, and a supervisor taken off the campaign gets FORBIDDEN.
      const viewer = domain(ctx).viewer;
      const scope = await supervisedQueue(em.fork(), viewer, String(args['campaignId']));
      const { campaign } = scope;
      let { phoneVisible } = scope;
      return campaignLiveStream<'queue.state_changed', InboundQueueStatsEvent>(ctx, campaign.id, {
        topic: 'queue.state_changed',
        campaignOf: (event: QueueEnvelope) => event.data.stats.campaignId,
        recheck: async () => ({ phoneVisible } = await supervisedQueue(em.fork(), viewer, campaign.id)),
        snapshot: async () => [
          {
            id: randomUUID(),
            kind: LiveEventKind.SNAPSHOT,
            occurredAt: new Date(),
            stats: statsForViewer(await inboundQueueStatsOf(em.fork(), depsOf(ctx), campaign), phoneVisible),
          },
        ],
        toOutput: (event) => ({
          id: event.id,
          kind: LiveEventKind.CHANGE,
          occurredAt: new Date(event.occurredAt),
          stats: statsForViewer(event.data.stats, phoneVisible),
        }),
      });
    },
  })
  inboundQueueStatsChanged(
    @Root() event: InboundQueueStatsEvent,
    @Arg('campaignId', () => ID) _campaignId: string,
    @Ctx() _context: GraphQLContext,
  ): InboundQueueStatsEvent {
    return event;
  }
}
