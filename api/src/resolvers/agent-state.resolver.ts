import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  AgentLiveState,
  AgentState,
  agentWatchScope,
  listAgentStates,
  stateForScope,
  watchableAgentIds,
  type AgentStateFilter,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';
import type { AgentStateChange } from '../live/agent-state-fanout.js';

@ObjectType({ description: 'One agent live-state change, or a snapshot row.' })
export class AgentStateEvent extends LiveEvent {
  @Field(() => AgentState, { nullable: true, description: 'The state before; null in snapshots.' })
  from!: AgentState | null;

  @Field(() => AgentLiveState)
  agent!: AgentLiveState;
}

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
    const filter = { campaignId, groupId };
    const scope = await agentWatchScope(em, viewer, filter);
    const ids = scope.agentIds ? [...scope.agentIds] : await watchableAgentIds(em, viewer, filter);
    const states = await listAgentStates(em, context.services.agentStates, ids);
    return states.map((state) => stateForScope(scope, state));
  }

  @Subscription(() => AgentStateEvent, {
    description:
      'Agent live states: the current ones first (SNAPSHOT), then every change (CHANGE). ' +
      'Filter by one agent, a campaign’s agents or a group’s.',
    // Scope is decided here and kept by the process's fan-out (read again when assignments change),
    // so each event costs this subscription a Set lookup: see docs/live-fanout.md.
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { em, viewer } = domain(ctx);
      const filter = args as AgentStateFilter;
      const watch = await ctx.services.agentStateFanout.watch(em, viewer, filter);
      return snapshotThenEvents<'agent.state_changed', AgentStateEvent, AgentStateChange>(watch.events, {
        snapshot: async () => {
          const scope = watch.scope();
          const ids = scope.agentIds ? [...scope.agentIds] : await watchableAgentIds(em.fork(), viewer, filter);
          const states = await listAgentStates(em.fork(), ctx.services.agentStates, ids);
          return states.map((agent) => ({
            id: crypto.randomUUID(),
            kind: LiveEventKind.SNAPSHOT,
            occurredAt: new Date(),
            from: null,
            agent: stateForScope(scope, agent),
          }));
        },
        visible: () => true,
        toOutput: (event) => event as AgentStateEvent,
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
