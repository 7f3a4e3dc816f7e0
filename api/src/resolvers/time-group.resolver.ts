import { Resolver } from 'type-graphql';
import {
  CreateTimeGroupInput,
  TimeGroup,
  TimeGroupFilter,
  UpdateTimeGroupInput,
  timeGroupService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => TimeGroup)
export class TimeGroupResolver extends createCrudResolver({
  type: TimeGroup,
  create: CreateTimeGroupInput,
  update: UpdateTimeGroupInput,
  filter: TimeGroupFilter,
  service: timeGroupService,
  singular: 'timeGroup',
  plural: 'timeGroups',
}) {}
