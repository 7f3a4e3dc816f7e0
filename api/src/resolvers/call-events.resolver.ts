import { Arg, Ctx, Field, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Campaign, CallEventType, LOG_READ, campaignScope, Permission, type EventEnvelope } from '@switchboard/schema';
import type { FilterQuery } from '@mikro-orm/core';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: 'One event of the call-event log, as it is written.' })
export class CallEventUpdate {
  @Field(() => ID, { description: 'Unique per delivery.' })
  id!: string;

  @Field(() => LiveEventKind, { description: 'Always CHANGE: this subscription sends no snapshot.' })
  kind!: LiveEventKind;

  @Field(() => String, { description: "The log row's eventKey: a client that also reads the log dedupes by it." })
  eventKey!: string;

  @Field(() => String)
  callId!: string;

  @Field(() => CallEventType)
  type!: CallEventType;

  @Field(() => GraphQLDateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => ID, { nullable: true })
  agentId!: string | null;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Int, { nullable: true })
  waitSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  durationSeconds!: number | null;

  @Field(() => String, { nullable: true })
  recording!: string | null;

  @Field(() => GraphQLJSONObject)
  data!: Record<string, unknown>;
}

type CallEnvelope = EventEnvelope<'call.event'>;

@Resolver()
export class CallEventsResolver {
  /**
   * No snapshot: the history of a call is the `callEvents` query (same rows, same eventKey), and
   * the live state of calls belongs to the live call state, not to this log stream.
   */
  @Subscription(() => CallEventUpdate, {
    name: 'callEvents',
    description:
      "Events of the call-event log as workers/call-events writes them. Without CAMPAIGNS_ALL, only your campaigns' events (and none without a campaign).",
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { viewer, em } = domain(ctx);
      viewer.requireAny(...LOG_READ);
      const campaignId = (args as { campaignId?: string | null }).campaignId ?? null;
      const seesAll = viewer.can(Permission.CAMPAIGNS_ALL);
      const visible = (id: string | null) => {
        if (id === null) return seesAll;
        if (seesAll) return true;
        return em
          .fork()
          .count(Campaign, { $and: [campaignScope(viewer), { id }] } as FilterQuery<Campaign>)
          .then((count) => count > 0);
      };
      return snapshotThenEvents<'call.event', CallEventUpdate>(ctx.events.subscribe('call.event'), {
        snapshot: async () => [],
        visible: (event: CallEnvelope) =>
          (!campaignId || event.data.campaignId === campaignId) && visible(event.data.campaignId),
        toOutput: (event: CallEnvelope) => ({
          ...event.data,
          id: event.id,
          kind: LiveEventKind.CHANGE,
          type: event.data.type as CallEventType,
          occurredAt: new Date(event.data.occurredAt),
        }),
      });
    },
  })
  callEvents(
    @Root() event: CallEventUpdate,
    @Arg('campaignId', () => ID, { nullable: true, description: 'Only this campaign.' }) _campaignId: string | null,
    @Ctx() _context: GraphQLContext,
  ): CallEventUpdate {
    return event;
  }
}
