import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CallContactView, Contact, createCampaignContact, myCallContact } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => Contact)
export class CampaignContactResolver {
  @Mutation(() => Contact, {
    description:
      "Adds a contact to the campaign's database (data: {column: value}; the main phone is required, the " +
      'external id unique). Supervisors of the campaign, and its agents, who may set blocked fields but not hidden ones.',
  })
  createCampaignContact(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Ctx() context: GraphQLContext,
  ) {
    return createCampaignContact(domain(context), campaignId, data);
  }

  @Query(() => CallContactView, {
    nullable: true,
    description:
      "The contact of the agent's own current call (its live state) with the call's campaign view, also when the " +
      'agent is not assigned to the campaign (a call transferred in); null when the agent has no call.',
  })
  myCallContact(@Ctx() context: GraphQLContext) {
    return myCallContact(domain(context), context.services.agentSessions);
  }
}
