import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CreateTimeConditionInput,
  TimeCondition,
  TimeConditionFilter,
  TimeGroup,
  UpdateTimeConditionInput,
  loadRelated,
  timeConditionService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => TimeCondition)
export class TimeConditionResolver extends createCrudResolver({
  type: TimeCondition,
  create: CreateTimeConditionInput,
  update: UpdateTimeConditionInput,
  filter: TimeConditionFilter,
  service: timeConditionService,
  singular: 'timeCondition',
  plural: 'timeConditions',
}) {
  @FieldResolver(() => TimeGroup)
  timeGroup(@Root() condition: TimeCondition) {
    return loadRelated(condition.timeGroup);
  }
}
