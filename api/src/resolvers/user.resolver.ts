import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  AgentProfile,
  CreateUserInput,
  Role,
  UpdateUserInput,
  User,
  UserFilter,
  userAgentProfile,
  userDetail,
  userRole,
  userService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => User)
export class UserResolver extends createCrudResolver({
  type: User,
  create: CreateUserInput,
  update: UpdateUserInput,
  filter: UserFilter,
  service: userService,
  singular: 'user',
  plural: 'users',
}) {
  // Descriptions are the entity's; these resolve the fields a viewer may not read to null.
  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userDetail(domain(context), user, 'email');
  }

  @FieldResolver(() => Role, { nullable: true })
  role(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userRole(domain(context), user);
  }

  @FieldResolver(() => Boolean, { nullable: true })
  active(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userDetail(domain(context), user, 'active');
  }

  @FieldResolver(() => Int, { nullable: true })
  failedLoginAttempts(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userDetail(domain(context), user, 'failedLoginAttempts');
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true })
  lockedAt(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userDetail(domain(context), user, 'lockedAt');
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true })
  lastLoginAt(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userDetail(domain(context), user, 'lastLoginAt');
  }

  @FieldResolver(() => AgentProfile, { nullable: true })
  agentProfile(@Root() user: User, @Ctx() context: GraphQLContext) {
    return userAgentProfile(domain(context), user);
  }
}
