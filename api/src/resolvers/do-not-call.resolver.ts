import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  Connection,
  CreateDoNotCallListInput,
  DoNotCallList,
  DoNotCallListFilter,
  DoNotCallNumber,
  DoNotCallNumberFilter,
  DoNotCallNumbersAdded,
  DoNotCallNumbersRemoved,
  NumberBlockStatus,
  PageArgs,
  UpdateDoNotCallListInput,
  addDoNotCallNumbers,
  doNotCallListService,
  isNumberBlocked,
  listDoNotCallNumbers,
  removeDoNotCallNumbers,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

const DoNotCallNumberConnection = Connection(DoNotCallNumber);

@Resolver(() => DoNotCallList)
export class DoNotCallResolver extends createCrudResolver({
  type: DoNotCallList,
  create: CreateDoNotCallListInput,
  update: UpdateDoNotCallListInput,
  filter: DoNotCallListFilter,
  service: doNotCallListService,
  singular: 'doNotCallList',
  plural: 'doNotCallLists',
}) {
  @Mutation(() => DoNotCallNumbersAdded, {
    description: 'All numbers are checked first: one invalid number fails the call and nothing is written.',
  })
  addDoNotCallNumbers(
    @Arg('listId', () => ID) listId: string,
    @Arg('phones', () => [String]) phones: string[],
    @Ctx() context: GraphQLContext,
  ) {
    return addDoNotCallNumbers(domain(context), listId, phones);
  }

  @Mutation(() => DoNotCallNumbersRemoved)
  removeDoNotCallNumbers(
    @Arg('listId', () => ID) listId: string,
    @Arg('phones', () => [String]) phones: string[],
    @Ctx() context: GraphQLContext,
  ) {
    return removeDoNotCallNumbers(domain(context), listId, phones);
  }

  @Query(() => DoNotCallNumberConnection, { description: "A list's numbers, in number order." })
  doNotCallNumbers(
    @Arg('listId', () => ID) listId: string,
    @Arg('filter', () => DoNotCallNumberFilter, { nullable: true }) filter: DoNotCallNumberFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listDoNotCallNumbers(domain(context), listId, filter, page);
  }

  @Query(() => NumberBlockStatus, { description: 'Whether any do-not-call list holds the number.' })
  isNumberBlocked(@Arg('phone', () => String) phone: string, @Ctx() context: GraphQLContext) {
    return isNumberBlocked(domain(context), phone);
  }
}
