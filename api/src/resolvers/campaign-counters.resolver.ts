import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  CampaignCounters,
  countersOfCampaign,
  readCampaignCounters,
  supervisedCampaign,
  type EventEnvelope,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: "A campaign's counters: the current ones first (SNAPSHOT), then each change (CHANGE)." })
export class CampaignCountersEvent extends LiveEvent {
  @Field(() => CampaignCounters)
  counters!: CampaignCounters;
}

type CountersEnvelope = EventEnvelope<'campaign.counters_changed'>;

/** Listens for campaign.updated of one campaign; changed() says whether one came since last asked. */
function watchUpdates(context: GraphQLContext, campaignId: string) {
  const updates = context.events.subscribe('campaign.updated')[Symbol.asyncIterator]();
  let changed = false;
  void (async () => {
    for (let next = await updates.next(); !next.done; next = await updates.next()) {
      if (next.value.data.campaignId === campaignId) changed = true;
    }
  })();
  return {
    changed: () => {
      const was = changed;
      changed = false;
      return was;
    },
    stop: () => void updates.return?.(),
  };
}

async function* endingWith<T>(stream: AsyncGenerator<T>, onEnd: () => void): AsyncGenerator<T> {
  try {
    yield* stream;
  } finally {
    onEnd();
  }
}

@Resolver()
export class CampaignCountersResolver {
  @Query(() => CampaignCounters, {
    description:
      "Today's live counters of a campaign (its time zone): calls, agents, abandonment. Supervisors see their campaigns.",
  })
  campaignCounters(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CampaignCounters> {
    const { services } = context;
    const deps = { counters: services.campaignCounters, agentStates: services.agentStates };
    return readCampaignCounters(domain(context), deps, campaignId);
  }

  @Subscription(() => CampaignCountersEvent, {
    description: "A campaign's counters: a SNAPSHOT first, then every change (a few per second at most).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { em, viewer } = domain(ctx);
      // Checked before the stream opens, so a refusal is an error of the subscription itself.
      const campaign = await supervisedCampaign(em.fork(), viewer, String(args['campaignId']));
      const deps = { counters: ctx.services.campaignCounters, agentStates: ctx.services.agentStates };
      // Assignments change while a supervisor watches: re-checked after each campaign.updated, so a
      // supervisor taken off the campaign gets FORBIDDEN instead of its counters.
      const assignments = watchUpdates(ctx, campaign.id);
      const stream = snapshotThenEvents<'campaign.counters_changed', CampaignCountersEvent>(
        ctx.events.subscribe('campaign.counters_changed'),
        {
          snapshot: async () => [
            {
              id: randomUUID(),
              kind: LiveEventKind.SNAPSHOT,
              occurredAt: new Date(),
              counters: await countersOfCampaign(em.fork(), deps, campaign),
            },
          ],
          visible: async (event: CountersEnvelope) => {
            if (event.data.counters.campaignId !== campaign.id) return false;
            if (assignments.changed()) await supervisedCampaign(em.fork(), viewer, campaign.id);
            return true;
          },
          toOutput: (event: CountersEnvelope) => ({
            id: event.id,
            kind: LiveEventKind.CHANGE,
            occurredAt: new Date(event.occurredAt),
            counters: event.data.counters,
          }),
        },
      );
      return endingWith(stream, assignments.stop);
    },
  })
  campaignCountersChanged(
    @Root() event: CampaignCountersEvent,
    @Arg('campaignId', () => ID) _campaignId: string,
    @Ctx() _context: GraphQLContext,
  ): CampaignCountersEvent {
    return event;
  }
}
