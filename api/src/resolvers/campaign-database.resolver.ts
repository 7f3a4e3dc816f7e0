import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import {
  Campaign,
  CampaignDatabaseChange,
  ContactDatabase,
  User,
  campaignDatabaseHistory,
  loadRelated,
  replaceCampaignContactDatabase,
  visibleDatabase,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => Campaign)
export class CampaignDatabaseResolver {
  @Mutation(() => Campaign, {
    description:
      'The manual\'s "Contact database rotation": a PAUSED or FINISHED campaign continues with another ' +
      'database of the same structure; dispositions of the earlier contacts stay; recorded in databaseHistory.',
  })
  replaceCampaignContactDatabase(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('databaseId', () => ID) databaseId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return replaceCampaignContactDatabase(domain(context), campaignId, databaseId);
  }

  @FieldResolver(() => [CampaignDatabaseChange], {
    description: 'Replacements of the contact database, oldest first. Needs CAMPAIGNS_MANAGE or REPORTS_READ.',
  })
  databaseHistory(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return campaignDatabaseHistory(domain(context), campaign);
  }
}

@Resolver(() => CampaignDatabaseChange)
export class CampaignDatabaseChangeResolver {
  @FieldResolver(() => ContactDatabase, { nullable: true })
  async fromDatabase(@Root() change: CampaignDatabaseChange, @Ctx() context: GraphQLContext) {
    return loadRelated(await visibleDatabase(domain(context), change.fromDatabase));
  }

  @FieldResolver(() => ContactDatabase)
  async toDatabase(@Root() change: CampaignDatabaseChange) {
    return (await loadRelated(change.toDatabase))!;
  }

  @FieldResolver(() => User, { nullable: true })
  changedBy(@Root() change: CampaignDatabaseChange) {
    return loadRelated(change.changedBy);
  }
}
