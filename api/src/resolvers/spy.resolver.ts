import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SpyMode, SpySession } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

/** Spy, whisper and barge from the supervisor's own webphone. Rules live in SpyService. */
@Resolver()
export class SpyResolver {
  @Mutation(() => SpySession, {
    description:
      "Supervisors: calls your own webphone (it answers by itself) and listens to the agent's call in this mode; " +
      'when you already spy on that call, changes the mode on the same call. FORBIDDEN outside your campaigns, ' +
      'CONFLICT when the agent has no call, BAD_USER_INPUT when you have no registered phone.',
  })
  spyAgent(
    @Arg('agentId', () => ID) agentId: string,
    @Arg('mode', () => SpyMode) mode: SpyMode,
    @Ctx() context: GraphQLContext,
  ): Promise<SpySession> {
    const { em, viewer } = domain(context);
    return context.services.spy.spyAgent(em, viewer, agentId, mode);
  }

  @Mutation(() => Boolean, { description: 'Ends your spy session (hangs up your spy call); false when you have none.' })
  stopSpying(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.spy.stopSpying(em, viewer);
  }

  @Query(() => SpySession, { nullable: true, description: 'Your running spy session, or null.' })
  mySpySession(@Ctx() context: GraphQLContext): Promise<SpySession | null> {
    const { em, viewer } = domain(context);
    return context.services.spy.mySpySession(em, viewer);
  }
}
