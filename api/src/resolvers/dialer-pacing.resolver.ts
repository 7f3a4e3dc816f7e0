import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { DialerPacingState, readDialerPacing, supervisedCampaign, type EventEnvelope } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { campaignLiveStream } from '../graphql/campaign-updates.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({
  description: "A campaign's pacing decision: the current one first (SNAPSHOT), then each new one (CHANGE).",
})
export class DialerPacingEvent extends LiveEvent {
  @Field(() => DialerPacingState, {
    nullable: true,
    description: 'null: no dialer decides for the campaign now (none holds it, or it stopped dialing).',
  })
  pacing!: DialerPacingState | null;
}

type PacingEnvelope = EventEnvelope<'dialer.pacing_decided'>;

@Resolver()
export class DialerPacingResolver {
  @Query(() => DialerPacingState, {
    nullable: true,
    description:
      "The dialer's latest pacing decision for a campaign; null when no dialer holds it or the decision is stale. " +
      'Supervisors see their campaigns.',
  })
  dialerPacing(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DialerPacingState | null> {
    return readDialerPacing(domain(context), context.services.dialerPacing, campaignId);
  }

  @Subscription(() => DialerPacingEvent, {
    description: "A campaign's pacing decision: a SNAPSHOT first, then every new one (a few per second at most).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { em, viewer } = domain(ctx);
      // Scope is decided before the stream opens (a refusal is an error of the subscription), and
      // again only after the campaign changed, so a supervisor taken off it gets FORBIDDEN.
      const campaign = await supervisedCampaign(em.fork(), viewer, String(args['campaignId']));
      return campaignLiveStream<'dialer.pacing_decided', DialerPacingEvent>(ctx, campaign.id, {
        topic: 'dialer.pacing_decided',
        campaignOf: (event: PacingEnvelope) => event.data.campaignId,
        recheck: () => supervisedCampaign(em.fork(), viewer, campaign.id),
        snapshot: async () => [
          {
            id: randomUUID(),
            kind: LiveEventKind.SNAPSHOT,
            occurredAt: new Date(),
            pacing: await ctx.services.dialerPacing.read(campaign.id),
          },
        ],
        toOutput: (event) => ({
          id: event.id,
          kind: LiveEventKind.CHANGE,
          occurredAt: new Date(event.occurredAt),
          pacing: event.data.pacing,
        }),
      });
    },
  })
  dialerPacingChanged(
    @Root() event: DialerPacingEvent,
    @Arg('campaignId', () => ID) _campaignId: string,
    @Ctx() _context: GraphQLContext,
  ): DialerPacingEvent {
    return event;
  }
}
