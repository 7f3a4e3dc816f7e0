import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import {
  AgentActivity,
  AgentActivityFilter,
  CallEvent,
  CallEventFilter,
  Connection,
  PageArgs,
  listAgentActivities,
  listCallEvents,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

const CallEventConnection = Connection(CallEvent);
const AgentActivityConnection = Connection(AgentActivity);

@Resolver()
export class CallLogResolver {
  @Query(() => CallEventConnection, {
    description: "The call-event log, oldest first. Without CAMPAIGNS_ALL, only your campaigns' events.",
  })
  callEvents(
    @Arg('filter', () => CallEventFilter, { nullable: true }) filter: CallEventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listCallEvents(domain(context), filter, page);
  }

  @Query(() => AgentActivityConnection, {
    description: "The agent-activity log, oldest first. Without CAMPAIGNS_ALL, only your campaigns' agents.",
  })
  agentActivities(
    @Arg('filter', () => AgentActivityFilter, { nullable: true }) filter: AgentActivityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listAgentActivities(domain(context), filter, page);
  }
}
