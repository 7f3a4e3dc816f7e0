import { Resolver } from 'type-graphql';
import { CreateUserInput, UpdateUserInput, User, UserFilter, userService } from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => User)
export class UserResolver extends createCrudResolver({
  type: User,
  create: CreateUserInput,
  update: UpdateUserInput,
  filter: UserFilter,
  service: userService,
  singular: 'user',
  plural: 'users',
}) {}
