import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  AgentLiveState,
  AgentState,
  listAgentStates,
  watchableAgentIds,
  type AgentStateFilter,
  type EventEnvelope,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: 'One agent live-state change, or a snapshot row.' })
export class AgentStateEvent extends LiveEvent {
  @Field(() => AgentState, { nullable: true, description: 'The state before; null in snapshots.' })
  from!: AgentState | null;

  @Field(() => AgentLiveState)
  agent!: AgentLiveState;
}

type StateEnvelope = EventEnvelope<'agent.state_changed'>;

/** Who may be watched is re-read this often, so assignments made during a subscription show up. */
const SCOPE_REFRESH_MS = 30_000;

@Resolver()
export class AgentStateResolver {
  @Query(() => [AgentLiveState], {
    description:
      'Live states of the agents you may watch: yourself as an agent; your campaigns’ agents as a supervisor.',
  })
  async agentStates(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<AgentLiveState[]> {
    const { em, viewer } = domain(context);
    const ids = await watchableAgentIds(em, viewer, { campaignId, groupId });
    return listAgentStates(em, context.services.agentStates, ids);
  }

  @Subscription(() => AgentStateEvent, {
    description:
      'Agent live states: the current ones first (SNAPSHOT), then every change (CHANGE). ' +
      'Filter by one agent, a campaign’s agents or a group’s.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { em, viewer } = domain(ctx);
      const filter = args as AgentStateFilter;
      let scope: { ids: Set<string>; readAt: number } | undefined;
      const inScope = async (agentId: string) => {
        if (!scope || Date.now() - scope.readAt > SCOPE_REFRESH_MS) {
          scope = { ids: new Set(await watchableAgentIds(em.fork(), viewer, filter)), readAt: Date.now() };
        }
        return scope.ids.has(agentId);
      };
      return snapshotThenEvents<'agent.state_changed', AgentStateEvent>(ctx.events.subscribe('agent.state_changed'), {
        snapshot: async () => {
          const ids = await watchableAgentIds(em.fork(), viewer, filter);
          scope = { ids: new Set(ids), readAt: Date.now() };
          const states = await listAgentStates(em.fork(), ctx.services.agentStates, ids);
          return states.map((agent) => ({
            id: crypto.randomUUID(),
            kind: LiveEventKind.SNAPSHOT,
            occurredAt: new Date(),
            from: null,
            agent,
          }));
        },
        visible: (event: StateEnvelope) => inScope(event.data.state.agentId),
        toOutput: (event: StateEnvelope) => ({
          id: event.id,
          kind: LiveEventKind.CHANGE,
          occurredAt: new Date(event.occurredAt),
          from: event.data.from as AgentState,
          agent: event.data.state,
        }),
      });
    },
  })
  agentStateChanged(
    @Root() event: AgentStateEvent,
    @Arg('agentId', () => ID, { nullable: true }) _agentId: string | null,
    @Arg('campaignId', () => ID, { nullable: true }) _campaignId: string | null,
    @Arg('groupId', () => ID, { nullable: true }) _groupId: string | null,
    @Ctx() _context: GraphQLContext,
  ): AgentStateEvent {
    return event;
  }
}
