import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Contact, DialManualInput, PlacedAgentCall } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

/** An agent's own calls: manual calls, out-of-campaign calls, calls to other agents. Rules live in AgentCallService. */
@Resolver()
export class AgentCallResolver {
  @Query(() => [Contact], {
    description:
      "Contacts of the campaign's database with this number in a phone column the agent may see: offered before a manual call.",
  })
  manualCallCandidates(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('phone', () => String) phone: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact[]> {
    return context.services.agentCalls.manualCallCandidates(domain(context), campaignId, phone);
  }

  @Mutation(() => PlacedAgentCall, {
    description:
      "Rings the agent's phone, then the number (through the campaign's outbound route, with its caller id). " +
      'Without contactId nor createContact the call is unidentified; without campaignId it is out of campaign.',
  })
  dialManual(
    @Arg('input', () => DialManualInput) input: DialManualInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PlacedAgentCall> {
    const { em, viewer } = domain(context);
    return context.services.agentCalls.dial(em, viewer, {
      campaignId: input.campaignId ?? null,
      phone: input.phone ?? '',
      contactId: input.contactId ?? null,
      phoneColumn: input.phoneColumn ?? null,
      createContact: input.createContact ?? null,
    });
  }

  @Mutation(() => PlacedAgentCall, {
    description: "Rings the agent's phone, then another agent's (logged in, not on a call), when the group allows it.",
  })
  callAgent(@Arg('agentId', () => ID) agentId: string, @Ctx() context: GraphQLContext): Promise<PlacedAgentCall> {
    const { em, viewer } = domain(context);
    return context.services.agentCalls.dial(em, viewer, {
      campaignId: null,
      phone: '',
      contactId: null,
      targetAgentId: agentId,
    });
  }
}
