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
import { campaignLiveStream } from '../graphql/campaign-updates.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: "A campaign's counters: the current ones first (SNAPSHOT), then each change (CHANGE)." })
export class CampaignCountersEvent extends LiveEvent {
  @Field(() => CampaignCounters)
  counters!: CampaignCounters;
}

type CountersEnvelope = EventEnvelope<'campaign.counters_changed'>;

/**
 * One output object per event, whoever receives it: every subscriber of a campaign may see the
 * same counters, so subscribers with the same document share one execution (websocket.ts).
 */
const outputs = new WeakMap<CountersEnvelope, CampaignCountersEvent>();
function countersOutput(event: CountersEnvelope): CampaignCountersEvent {
  let output = outputs.get(event);
  if (!output) {
    output = {
      id: event.id,
      kind: LiveEventKind.CHANGE,
      occurredAt: new Date(event.occurredAt),
      counters: event.data.counters,
    } as CampaignCountersEvent;
    outputs.set(event, output);
  }
  return output;
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
      return campaignLiveStream<'campaign.counters_changed', CampaignCountersEvent>(ctx, campaign.id, {
        topic: 'campaign.counters_changed',
        campaignOf: (event: CountersEnvelope) => event.data.counters.campaignId,
        recheck: () => supervisedCampaign(em.fork(), viewer, campaign.id),
        snapshot: async () => [
          {
            id: randomUUID(),
            kind: LiveEventKind.SNAPSHOT,
            occurredAt: new Date(),
            counters: await countersOfCampaign(em.fork(), deps, campaign),
          },
        ],
        toOutput: countersOutput,
      });
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
