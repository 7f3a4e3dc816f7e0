import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Campaign, CampaignState, campaignScope, type EventEnvelope } from '@switchboard/schema';
import type { FilterQuery } from '@mikro-orm/core';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

export { LiveEventKind };

@ObjectType()
export class CampaignStateEvent extends LiveEvent {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => CampaignState, { nullable: true, description: 'Null in snapshots.' })
  from!: CampaignState | null;

  @Field(() => CampaignState)
  to!: CampaignState;

  @Field(() => ID, { nullable: true, description: 'User who made the change.' })
  changedBy!: string | null;
}

type StateEnvelope = EventEnvelope<'campaign.state_changed'>;

@Resolver()
export class CampaignEventsResolver {
  @Subscription(() => CampaignStateEvent, {
    description: 'Campaign state changes, from any api process; the current states first.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { viewer, em } = domain(ctx);
      const campaignId = (args as { campaignId?: string | null }).campaignId ?? null;
      const visible = (id: string) =>
        em
          .fork()
          .count(Campaign, { $and: [campaignScope(viewer), { id }] } as FilterQuery<Campaign>)
          .then((n) => n > 0);
      return snapshotThenEvents<'campaign.state_changed', CampaignStateEvent>(
        ctx.events.subscribe('campaign.state_changed'),
        {
          snapshot: async () => {
            const where: FilterQuery<Campaign> = {
              $and: [campaignScope(viewer), { state: { $ne: CampaignState.DELETED }, isTemplate: false }],
            };
            if (campaignId) (where.$and as FilterQuery<Campaign>[]).push({ id: campaignId });
            const campaigns = await em.fork().find(Campaign, where, { orderBy: { createdAt: 'asc' } });
            return campaigns.map((campaign) => ({
              id: crypto.randomUUID(),
              kind: LiveEventKind.SNAPSHOT,
              occurredAt: new Date(),
              campaignId: campaign.id,
              from: null,
              to: campaign.state,
              changedBy: null,
            }));
          },
          visible: (event: StateEnvelope) =>
            (!campaignId || event.data.campaignId === campaignId) && visible(event.data.campaignId),
          toOutput: (event: StateEnvelope) => ({
            id: event.id,
            kind: LiveEventKind.CHANGE,
            occurredAt: new Date(event.occurredAt),
            campaignId: event.data.campaignId,
            from: event.data.from as CampaignState,
            to: event.data.to as CampaignState,
            changedBy: event.data.changedBy,
          }),
        },
      );
    },
  })
  campaignStateChanged(
    @Root() event: CampaignStateEvent,
    @Arg('campaignId', () => ID, { nullable: true, description: 'Only this campaign.' }) _campaignId: string | null,
    @Ctx() _context: GraphQLContext,
  ): CampaignStateEvent {
    return event;
  }
}
