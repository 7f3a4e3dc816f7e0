import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { listPage } from '../common/list-query.js';
import type { DomainContext } from '../common/domain-context.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { Permission } from '../auth/permission.js';
import { OutboundRoute } from './outbound-route.entity.js';
import { Trunk } from './trunk.entity.js';
import { TelephonyErrors } from './telephony.errors.js';
import type {
  CreateOutboundRouteInput,
  OutboundRouteFilter,
  UpdateOutboundRouteInput,
} from './outbound-route.inputs.js';
import { notifyingTelephonyChanges, telephonyNotifier } from './telephony.notifier.js';

const READ = [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE];

/**
 * Serialises changes to route positions (create appends, reorder rewrites all), so two
 * routes never get the same position.
 */
async function lockRouteOrder(em: EntityManager): Promise<void> {
  await em.execute("select pg_advisory_xact_lock(hashtext('outbound_routes.position'))");
}

/**
 * Checks that every trunk exists and holds it (FOR SHARE) until the transaction ends, so a
 * concurrent trunk deletion waits and then sees this route (see trunk.service.ts).
 */
async function holdTrunks(em: EntityManager, trunkIds: string[]): Promise<void> {
  const rows = await em.execute<Array<{ id: string }>>(
    'select id from trunks where id in (select jsonb_array_elements_text(?::jsonb)::uuid) for share',
    [JSON.stringify(trunkIds)],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = trunkIds.flatMap((id, index) => (found.has(id) ? [] : [{ index, id }]));
  if (missing.length > 0) {
    throw TelephonyErrors.create(
      'UNKNOWN_TRUNKS',
      `trunkIds: no trunk with id ${missing.map((m) => m.id).join(', ')}`,
      {
        field: 'trunkIds',
        missing,
      },
    );
  }
}

async function nextPosition(em: EntityManager): Promise<number> {
  const [row] = await em.execute<Array<{ next: number }>>(
    'select coalesce(max(position), 0) + 1 as next from outbound_routes',
  );
  return Number(row?.next ?? 1);
}

async function routeIdsUsingTrunk(em: EntityManager, trunkId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>('select id from outbound_routes where trunk_ids @> ?::jsonb', [
    JSON.stringify([trunkId]),
  ]);
  return rows.map((row) => row.id);
}

async function routeWhere(em: EntityManager, filter: OutboundRouteFilter): Promise<FilterQuery<OutboundRoute>> {
  const where: FilterQuery<OutboundRoute>[] = [];
  if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
  if (filter.trunkId) where.push({ id: { $in: await routeIdsUsingTrunk(em, filter.trunkId) } });
  return { $and: where };
}

/** Names of the campaigns (deleted ones aside) that dial through the route. */
async function campaignsUsingRoute(em: EntityManager, routeId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ name: string }>>(
    "select name from campaigns where outbound_route_id = ? and state <> 'DELETED' order by name",
    [routeId],
  );
  return rows.map((row) => row.name);
}

/** Routes are listed in the order Asterisk tries them, not by creation time. */
class OutboundRouteService extends CrudService<
  OutboundRoute,
  CreateOutboundRouteInput,
  UpdateOutboundRouteInput,
  OutboundRouteFilter
> {
  override async list(
    context: DomainContext,
    filter: OutboundRouteFilter | null | undefined,
    page: PageArgs,
  ): Promise<Page<OutboundRoute>> {
    context.viewer.requireAny(...READ);
    const where = filter ? await routeWhere(context.em, filter) : {};
    return listPage(context.em, OutboundRoute, where, page, { orderBy: { position: 'asc', id: 'asc' } });
  }
}

export const outboundRouteService = new OutboundRouteService({
  entity: OutboundRoute,
  label: 'Outbound route',
  read: READ,
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter, { em }) => routeWhere(em, filter),
  create: async ({ em }, input) => {
    await holdTrunks(em, input.trunkIds);
    await lockRouteOrder(em);
    const route = new OutboundRoute();
    route.name = input.name;
    route.ringSeconds = input.ringSeconds ?? route.ringSeconds;
    route.dialOptions = input.dialOptions ?? route.dialOptions;
    route.patterns = input.patterns;
    route.trunkIds = input.trunkIds;
    route.position = await nextPosition(em);
    return route;
  },
  update: async ({ em }, route, input) => {
    if (input.name !== undefined && input.name !== null) route.name = input.name;
    if (input.ringSeconds !== undefined && input.ringSeconds !== null) route.ringSeconds = input.ringSeconds;
    if (input.dialOptions !== undefined && input.dialOptions !== null) route.dialOptions = input.dialOptions;
    if (input.patterns !== undefined && input.patterns !== null) route.patterns = input.patterns;
    if (input.trunkIds !== undefined && input.trunkIds !== null) {
      await holdTrunks(em, input.trunkIds);
      route.trunkIds = input.trunkIds;
    }
  },
  beforeDelete: async ({ em }, route) => {
    // Assigning a route to a campaign takes a key-share lock on the route row (foreign key),
    // so holding it for update makes the check below final.
    await em.execute('select id from outbound_routes where id = ? for update', [route.id]);
    const campaigns = await campaignsUsingRoute(em, route.id);
    if (campaigns.length > 0) {
      throw TelephonyErrors.create(
        'ROUTE_IN_USE',
        `Outbound route ${route.name} is used by campaigns: ${campaigns.join(', ')}`,
        { campaigns },
      );
    }
  },
});
// Asterisk's configuration is generated from these rows: workers/telephony-config re-applies it.
notifyingTelephonyChanges(outboundRouteService, 'outbound_route');

/** The manual's "ordenar rutas salientes": positions follow a full list of the route ids. */
export async function reorderOutboundRoutes(context: DomainContext, ids: string[]): Promise<OutboundRoute[]> {
  context.viewer.require(Permission.TELEPHONY_MANAGE);
  const reordered = await context.em.transactional(async (em) => {
    await lockRouteOrder(em);
    const routes = await em.find(OutboundRoute, {});
    const byId = new Map(routes.map((route) => [route.id, route]));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    const unknown = ids.filter((id) => !byId.has(id));
    const missing = routes.filter((route) => !ids.includes(route.id)).map((route) => route.id);
    if (duplicates.length > 0 || unknown.length > 0 || missing.length > 0) {
      throw TelephonyErrors.create('INVALID_ROUTE_ORDER', 'ids: must list every outbound route exactly once', {
        field: 'ids',
        duplicates,
        unknown,
        missing,
      });
    }
    ids.forEach((id, index) => {
      byId.get(id)!.position = index + 1;
    });
    await em.flush();
    return ids.map((id) => byId.get(id)!);
  });
  telephonyNotifier.configurationChanged(context, 'outbound_route');
  return reordered;
}

/** The route's trunks in failover order, batched across routes by MikroORM's dataloader. */
export async function routeTrunks(em: EntityManager, route: OutboundRoute): Promise<Trunk[]> {
  const trunks = await Promise.all(
    route.trunkIds.map((id) => em.getReference(Trunk, id, { wrapped: true }).load({ dataloader: true })),
  );
  return trunks.filter((trunk): trunk is Trunk => trunk !== null);
}
