import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { Permission } from '../auth/permission.js';
import '../destinations/campaign-destination.js';
import { destinationGraph, registerDestinationSource } from '../destinations/destination-graph.js';
import { destinationRef, type DestinationRef } from '../destinations/destination-ref.embeddable.js';
import { InboundRoute } from './inbound-route.entity.js';
import type { CreateInboundRouteInput, InboundRouteFilter, UpdateInboundRouteInput } from './inbound-route.inputs.js';
import { notifyingTelephonyChanges } from './telephony.notifier.js';
import { assertPromptLanguage } from './prompt-languages.js';

const ROUTE_OWNER = 'INBOUND_ROUTE' as const;

// Routes send calls into the graph; nothing sends calls to a route, so they never close a cycle.
registerDestinationSource({
  ownerType: ROUTE_OWNER,
  edges: async (em) =>
    (await em.find(InboundRoute, {})).map((route) => ({
      from: { type: ROUTE_OWNER, id: route.id },
      to: route.destination,
    })),
});

async function checkedDestination(em: EntityManager, routeId: string | null, input: DestinationRef) {
  const ref = destinationRef(input.type, input.id);
  await destinationGraph.assertValid(em, { type: ROUTE_OWNER, id: routeId }, [ref]);
  return ref;
}

export const inboundRouteService = new CrudService<
  InboundRoute,
  CreateInboundRouteInput,
  UpdateInboundRouteInput,
  InboundRouteFilter
>({
  entity: InboundRoute,
  label: 'Inbound route',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => {
    const where: FilterQuery<InboundRoute>[] = [];
    if (filter.didContains) where.push({ did: { $ilike: containsPattern(filter.didContains) } });
    if (filter.destinationType) where.push({ destination: { type: filter.destinationType } });
    if (filter.destinationId) where.push({ destination: { id: filter.destinationId } });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const route = new InboundRoute();
    route.name = input.name;
    route.did = input.did;
    route.callerIdPrefix = input.callerIdPrefix ?? '';
    route.language = await assertPromptLanguage(input.language ?? 'en');
    route.destination = await checkedDestination(em, null, input.destination);
    return route;
  },
  update: async ({ em }, route, input) => {
    if (input.name !== undefined && input.name !== null) route.name = input.name;
    if (input.did !== undefined && input.did !== null) route.did = input.did;
    if (input.callerIdPrefix !== undefined) route.callerIdPrefix = input.callerIdPrefix ?? '';
    if (input.language !== undefined) route.language = await assertPromptLanguage(input.language ?? 'en');
    if (input.destination) route.destination = await checkedDestination(em, route.id, input.destination);
  },
});
// The dialplan of the carriers' calls is generated from these rows: workers/telephony-config re-applies it.
notifyingTelephonyChanges(inboundRouteService, 'inbound_route');
