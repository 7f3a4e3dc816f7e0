import { Resolver } from 'type-graphql';
import { CreateRoleInput, Role, RoleFilter, UpdateRoleInput, roleService } from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => Role)
export class RoleResolver extends createCrudResolver({
  type: Role,
  create: CreateRoleInput,
  update: UpdateRoleInput,
  filter: RoleFilter,
  service: roleService,
  singular: 'role',
  plural: 'roles',
}) {}
