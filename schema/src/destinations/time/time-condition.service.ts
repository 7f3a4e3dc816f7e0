import type { FilterQuery } from '@mikro-orm/core';
import { CrudService, requireReference } from '../../common/crud.service.js';
import { invalidInput } from '../../common/domain-error.js';
import { containsPattern } from '../../common/filters.js';
import { isTimeZone } from '../../common/local-clock.js';
import { Permission } from '../../auth/permission.js';
import { notifyingTelephonyChanges } from '../../telephony/telephony.notifier.js';
import { destinationGraph, registerDestinationNode, registerDestinationSource } from '../destination-graph.js';
import { destinationRef } from '../destination-ref.embeddable.js';
import { DestinationType } from '../destination-type.js';
import { TimeCondition } from './time-condition.entity.js';
import { TimeGroup } from './time-group.entity.js';
import type { CreateTimeConditionInput, TimeConditionFilter, UpdateTimeConditionInput } from './time.inputs.js';

registerDestinationNode(DestinationType.TIME_CONDITION, async (em, id) => (await em.count(TimeCondition, { id })) > 0, {
  label: 'Time condition',
});
registerDestinationSource({
  ownerType: DestinationType.TIME_CONDITION,
  edges: async (em) =>
    (await em.find(TimeCondition, {})).flatMap((condition) => {
      const from = { type: DestinationType.TIME_CONDITION, id: condition.id };
      return [
        { from, to: condition.matchDestination },
        { from, to: condition.otherwiseDestination },
      ];
    }),
});

function checkedTimeZone(zone: string): string {
  if (!isTimeZone(zone)) throw invalidInput('timeZone', `${zone} is not an IANA time zone`);
  return zone;
}

export const timeConditionService = new CrudService<
  TimeCondition,
  CreateTimeConditionInput,
  UpdateTimeConditionInput,
  TimeConditionFilter
>({
  entity: TimeCondition,
  label: 'Time condition',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  populate: ['timeGroup'],
  where: (filter) => {
    const where: FilterQuery<TimeCondition>[] = [];
    if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
    if (filter.timeGroupId) where.push({ timeGroup: filter.timeGroupId });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const condition = new TimeCondition();
    condition.name = input.name;
    condition.timeGroup = await requireReference(em, TimeGroup, input.timeGroupId, 'timeGroupId');
    condition.timeZone = checkedTimeZone(input.timeZone);
    condition.matchDestination = destinationRef(input.matchDestination.type, input.matchDestination.id);
    condition.otherwiseDestination = destinationRef(input.otherwiseDestination.type, input.otherwiseDestination.id);
    await destinationGraph.assertValid(em, { type: DestinationType.TIME_CONDITION, id: null }, [
      condition.matchDestination,
      condition.otherwiseDestination,
    ]);
    return condition;
  },
  update: async ({ em }, condition, input) => {
    if (input.name !== undefined && input.name !== null) condition.name = input.name;
    if (input.timeGroupId)
      condition.timeGroup = await requireReference(em, TimeGroup, input.timeGroupId, 'timeGroupId');
    if (input.timeZone !== undefined && input.timeZone !== null) condition.timeZone = checkedTimeZone(input.timeZone);
    if (input.matchDestination) {
      condition.matchDestination = destinationRef(input.matchDestination.type, input.matchDestination.id);
    }
    if (input.otherwiseDestination) {
      condition.otherwiseDestination = destinationRef(input.otherwiseDestination.type, input.otherwiseDestination.id);
    }
    await destinationGraph.assertValid(em, { type: DestinationType.TIME_CONDITION, id: condition.id }, [
      condition.matchDestination,
      condition.otherwiseDestination,
    ]);
  },
  beforeDelete: ({ em }, condition) =>
    destinationGraph.assertUnreferenced(em, { type: DestinationType.TIME_CONDITION, id: condition.id }),
});
// Each time condition is a dialplan context: workers/telephony-config regenerates on a change.
notifyingTelephonyChanges(timeConditionService, 'time_condition');
