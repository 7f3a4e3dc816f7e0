import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AgentLiveState } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

/**
 * The agent's own session (login, pause, unpause, logout) and a supervisor's forced pause,
 * unpause and logout. Rules live in AgentSessionService.
 */
@Resolver()
export class AgentSessionResolver {
  @Mutation(() => AgentLiveState, {
    description:
      "Logs the agent in: its phone joins its active campaigns' queues. Again while logged in: re-reads them.",
  })
  agentLogin(@Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.login(em, viewer);
  }

  @Mutation(() => AgentLiveState, { description: 'Leaves every queue. Refused during a call.' })
  agentLogout(@Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.logout(em, viewer);
  }

  @Mutation(() => AgentLiveState, { description: 'Pauses in every queue with one of the active pauses.' })
  agentPause(@Arg('pauseId', () => ID) pauseId: string, @Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.pause(em, viewer, pauseId);
  }

  @Mutation(() => AgentLiveState, {
    description: 'Back to READY, from a pause or from ACW; refused while a forced disposition is owed.',
  })
  agentUnpause(@Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.unpause(em, viewer);
  }

  @Mutation(() => AgentLiveState, {
    description: 'A supervisor pauses an agent of its campaigns: with a pause, or the SUPERVISOR system pause.',
  })
  forceAgentPause(
    @Arg('agentId', () => ID) agentId: string,
    @Arg('pauseId', () => ID, { nullable: true }) pauseId: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.pause(em, viewer, pauseId ?? null, agentId);
  }

  @Mutation(() => AgentLiveState, { description: 'A supervisor ends an agent’s pause.' })
  forceAgentUnpause(
    @Arg('agentId', () => ID) agentId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.unpause(em, viewer, agentId);
  }

  @Mutation(() => AgentLiveState, { description: 'A supervisor logs an agent out, even mid-call (the call goes on).' })
  forceAgentLogout(@Arg('agentId', () => ID) agentId: string, @Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.logout(em, viewer, agentId);
  }

  @Query(() => AgentLiveState, { description: "The calling agent's live state." })
  myAgentState(@Ctx() context: GraphQLContext): Promise<AgentLiveState> {
    const { em, viewer } = domain(context);
    return context.services.agentSessions.myState(em, viewer);
  }
}
