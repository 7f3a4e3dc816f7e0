import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DialerCampaignProgress, readDialerCampaignProgress } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver()
export class DialerProgressResolver {
  @Query(() => DialerCampaignProgress, {
    description:
      "A dialer campaign's hopper per status and source, with its pending calls. Supervisors see their campaigns.",
  })
  dialerCampaignProgress(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DialerCampaignProgress> {
    return readDialerCampaignProgress(domain(context), campaignId);
  }
}
