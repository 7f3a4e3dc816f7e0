import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import {
  AgentActivity,
  AgentActivityFilter,
  CallEvent,
  CallEventFilter,
  Connection,
  MyCall,
  MyCallsArgs,
  PageArgs,
  listAgentActivities,
  listCallEvents,
  listMyCalls,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

const CallEventConnection = Connection(CallEvent);
const AgentActivityConnection = Connection(AgentActivity);
const MyCallConnection = Connection(MyCall);

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

  @Query(() => MyCallConnection, {
    description:
      "The agent's own calls, newest first, each with its campaign, number, contact, duration and disposition.",
  })
  myCalls(@Args(() => MyCallsArgs) args: MyCallsArgs, @Ctx() context: GraphQLContext) {
    return listMyCalls(domain(context), args);
  }
}
