import type { FilterQuery } from '@mikro-orm/core';
import { CrudService } from '../../common/crud.service.js';
import { invalidInput } from '../../common/domain-error.js';
import { containsPattern } from '../../common/filters.js';
import { Permission } from '../../auth/permission.js';
import { notifyingTelephonyChanges } from '../../telephony/telephony.notifier.js';
import { destinationGraph, registerDestinationNode, registerDestinationSource } from '../destination-graph.js';
import { destinationRef } from '../destination-ref.embeddable.js';
import { DestinationType } from '../destination-type.js';
import { CustomDestination } from './custom-destination.entity.js';
import type {
  CreateCustomDestinationInput,
  CustomDestinationFilter,
  UpdateCustomDestinationInput,
} from './custom-destination.inputs.js';
import { isReservedContext } from './custom-dialplan.js';

registerDestinationNode(DestinationType.CUSTOM, async (em, id) => (await em.count(CustomDestination, { id })) > 0, {
  label: 'Custom destination',
});
registerDestinationSource({
  ownerType: DestinationType.CUSTOM,
  edges: async (em) =>
    (await em.find(CustomDestination, {})).map((custom) => ({
      from: { type: DestinationType.CUSTOM, id: custom.id },
      to: custom.failoverDestination,
    })),
});

// Switchboard's own contexts are reached through their destinations, where the graph checks them.
function checkedContext(context: string): string {
  if (isReservedContext(context)) throw invalidInput('context', `${context} is reserved for Switchboard`);
  return context;
}

export const customDestinationService = new CrudService<
  CustomDestination,
  CreateCustomDestinationInput,
  UpdateCustomDestinationInput,
  CustomDestinationFilter
>({
  entity: CustomDestination,
  label: 'Custom destination',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => {
    const where: FilterQuery<CustomDestination>[] = [];
    if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const custom = new CustomDestination();
    custom.name = input.name;
    custom.context = checkedContext(input.context);
    custom.extension = input.extension ?? 's';
    custom.priority = input.priority ?? 1;
    custom.failoverDestination = destinationRef(input.failoverDestination.type, input.failoverDestination.id);
    await destinationGraph.assertValid(em, { type: DestinationType.CUSTOM, id: null }, [custom.failoverDestination]);
    return custom;
  },
  update: async ({ em }, custom, input) => {
    if (input.name !== undefined && input.name !== null) custom.name = input.name;
    if (input.context) custom.context = checkedContext(input.context);
    if (input.extension) custom.extension = input.extension;
    if (input.priority !== undefined && input.priority !== null) custom.priority = input.priority;
    if (input.failoverDestination) {
      custom.failoverDestination = destinationRef(input.failoverDestination.type, input.failoverDestination.id);
    }
    await destinationGraph.assertValid(em, { type: DestinationType.CUSTOM, id: custom.id }, [
      custom.failoverDestination,
    ]);
  },
  beforeDelete: ({ em }, custom) =>
    destinationGraph.assertUnreferenced(em, { type: DestinationType.CUSTOM, id: custom.id }),
});
notifyingTelephonyChanges(customDestinationService, 'custom_destination');
