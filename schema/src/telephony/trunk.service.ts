import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { normalizePhone } from '../common/phone.js';
import { Permission } from '../auth/permission.js';
import { Trunk } from './trunk.entity.js';
import { TelephonyErrors } from './telephony.errors.js';
import { maskSipSecrets, parseSipDetails, restoreMaskedSecrets } from './sip-details.js';
import type { CreateTrunkInput, TrunkFilter, UpdateTrunkInput } from './trunk.inputs.js';
import { notifyingTelephonyChanges } from './telephony.notifier.js';

function normalizedCallerId(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const phone = normalizePhone(value);
  if (!phone) {
    throw TelephonyErrors.create('INVALID_CALLER_ID', 'callerId: is not a dialable number', {
      field: 'callerId',
      value,
    });
  }
  return phone;
}

/** Names of the routes whose failover sequence includes the trunk, in route order. */
export async function routesUsingTrunk(em: EntityManager, trunkId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ name: string }>>(
    'select name from outbound_routes where trunk_ids @> ?::jsonb order by position, name',
    [JSON.stringify([trunkId])],
  );
  return rows.map((row) => row.name);
}

/** The SIP details as the API shows them: credentials masked. */
export function visibleSipDetails(trunk: Trunk): string {
  return maskSipSecrets(trunk.sipDetails);
}

export const trunkService = new CrudService<Trunk, CreateTrunkInput, UpdateTrunkInput, TrunkFilter>({
  entity: Trunk,
  label: 'Trunk',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: (_context, input) => {
    parseSipDetails(input.sipDetails);
    const trunk = new Trunk();
    trunk.name = input.name;
    trunk.callerId = normalizedCallerId(input.callerId);
    trunk.maxChannels = input.maxChannels ?? trunk.maxChannels;
    trunk.sipDetails = input.sipDetails;
    trunk.template = input.template ?? null;
    return trunk;
  },
  update: (_context, trunk, input) => {
    if (input.name !== undefined && input.name !== null) trunk.name = input.name;
    if (input.callerId !== undefined) trunk.callerId = normalizedCallerId(input.callerId);
    if (input.maxChannels !== undefined && input.maxChannels !== null) trunk.maxChannels = input.maxChannels;
    if (input.template !== undefined) trunk.template = input.template;
    if (input.sipDetails !== undefined && input.sipDetails !== null) {
      parseSipDetails(input.sipDetails);
      trunk.sipDetails = restoreMaskedSecrets(input.sipDetails, trunk.sipDetails);
    }
  },
  beforeDelete: async ({ em }, trunk) => {
    // Routes lock the trunks they name (FOR SHARE) while saving; taking the row first means a
    // route saved meanwhile is either seen below or finds the trunk gone.
    await em.execute('select id from trunks where id = ? for update', [trunk.id]);
    const routes = await routesUsingTrunk(em, trunk.id);
    if (routes.length > 0) {
      throw TelephonyErrors.create(
        'TRUNK_IN_USE',
        `Trunk ${trunk.name} is used by outbound routes: ${routes.join(', ')}`,
        {
          routes,
        },
      );
    }
  },
});
// Asterisk's configuration is generated from these rows: workers/telephony-config re-applies it.
notifyingTelephonyChanges(trunkService, 'trunk');
