import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { User, Viewer, changeOwnPassword } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@ObjectType()
class LoginPayload {
  @Field(() => String, {
    description: 'Send as "Authorization: Bearer <token>", or as connectionParams.authorization on WebSocket.',
  })
  token!: string;

  @Field(() => GraphQLDateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Three failed attempts in a row lock the user. Repeated failures per username and per client address are ' +
      'throttled: AUTH_THROTTLED (HTTP 429) with details.retryAfterSeconds.',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<LoginPayload> {
    const result = await context.services.auth.login(context.em, username, password, context.clientAddress);
    // The payload's user is the one who just proved who it is: it reads itself in full.
    context.viewer ??= new Viewer(result.user);
    return result;
  }

  @Query(() => User, { description: 'The logged-in user.' })
  me(@Ctx() context: GraphQLContext): User {
    return domain(context).viewer.user;
  }

  @Mutation(() => User, { description: 'Administrators only: clears a lockout and the login throttle of the user.' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<User> {
    return context.services.auth.unlock(domain(context), id);
  }

  @Mutation(() => User, { description: 'Changes your own password; your other tokens stop working.' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: GraphQLContext,
  ): Promise<User> {
    return changeOwnPassword(domain(context), currentPassword, newPassword);
  }
}
