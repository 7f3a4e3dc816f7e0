import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  Campaign,
  Connection,
  Contact,
  DisposeContactInput,
  Disposition,
  DispositionChange,
  DispositionFilter,
  DispositionOption,
  PageArgs,
  dispositionHistory,
  disposeAsAgent,
  findContactDisposition,
  getDisposition,
  listDispositions,
  loadRelated,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

const DispositionConnection = Connection(Disposition);

@Resolver(() => Disposition)
export class DispositionResolver {
  @Mutation(() => Disposition, {
    description: "Creates or changes the contact's one disposition in the campaign; every call adds a history entry.",
  })
  disposeContact(@Arg('input', () => DisposeContactInput) input: DisposeContactInput, @Ctx() context: GraphQLContext) {
    return disposeAsAgent(domain(context), context.services.agentSessions, input);
  }

  @Query(() => DispositionConnection, { description: 'Dispositions of the campaigns the viewer may see.' })
  dispositions(
    @Arg('filter', () => DispositionFilter, { nullable: true }) filter: DispositionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listDispositions(domain(context), filter, page);
  }

  @Query(() => Disposition)
  disposition(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return getDisposition(domain(context), id);
  }

  @Query(() => Disposition, {
    nullable: true,
    description: 'Null while the contact has no disposition in the campaign.',
  })
  contactDisposition(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('contactId', () => ID) contactId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return findContactDisposition(domain(context), campaignId, contactId);
  }

  @FieldResolver(() => [DispositionChange], {
    description: 'Every version, oldest first; the last is the current one.',
  })
  history(@Root() disposition: Disposition, @Ctx() context: GraphQLContext) {
    return dispositionHistory(domain(context), disposition);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() disposition: Disposition) {
    return (await loadRelated(disposition.campaign))!;
  }

  @FieldResolver(() => Contact)
  async contact(@Root() disposition: Disposition) {
    return (await loadRelated(disposition.contact))!;
  }

  @FieldResolver(() => DispositionOption)
  async option(@Root() disposition: Disposition) {
    return (await loadRelated(disposition.option))!;
  }
}
