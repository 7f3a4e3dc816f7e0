import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  Callback,
  CallbackFilter,
  Campaign,
  Connection,
  Contact,
  PageArgs,
  callbackPhoneForViewer,
  cancelCallback,
  getCallback,
  listCallbacks,
  loadRelated,
  markCallbackDone,
  rescheduleCallback,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

const CallbackConnection = Connection(Callback);

@Resolver(() => Callback)
export class CallbackResolver {
  @Query(() => CallbackConnection, {
    description: "By scheduled time. Agents see their own PERSONAL callbacks and their campaigns' GLOBAL ones.",
  })
  callbacks(
    @Arg('filter', () => CallbackFilter, { nullable: true }) filter: CallbackFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listCallbacks(domain(context), filter, page);
  }

  @Query(() => Callback)
  callback(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return getCallback(domain(context), id);
  }

  @Mutation(() => Callback, {
    description: 'A pending callback, to a time in the future; note replaces the note when given.',
  })
  rescheduleCallback(
    @Arg('id', () => ID) id: string,
    @Arg('scheduledAt', () => GraphQLDateTime) scheduledAt: Date,
    @Arg('note', () => String, { nullable: true }) note: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return rescheduleCallback(domain(context), id, scheduledAt, note);
  }

  @Mutation(() => Callback)
  cancelCallback(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return cancelCallback(domain(context), id);
  }

  @Mutation(() => Callback)
  markCallbackDone(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return markCallbackDone(domain(context), id);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() callback: Callback) {
    return (await loadRelated(callback.campaign))!;
  }

  @FieldResolver(() => Contact)
  async contact(@Root() callback: Callback) {
    return (await loadRelated(callback.contact))!;
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() callback: Callback, @Ctx() context: GraphQLContext) {
    return callbackPhoneForViewer(domain(context), callback);
  }
}
