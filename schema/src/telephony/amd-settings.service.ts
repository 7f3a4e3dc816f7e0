import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { AmdSettings } from './amd-settings.entity.js';
import type { UpdateAmdSettingsInput } from './amd-settings.inputs.js';
import { telephonyNotifier } from './telephony.notifier.js';

/** The one row, created with the manual's defaults (the entity's initializers) when missing. */
async function singleton(em: EntityManager): Promise<AmdSettings> {
  const found = await em.findOne(AmdSettings, { singleton: true });
  if (found) return found;
  // Two first reads may race: the unique `singleton` column lets one insert win, the other skip.
  // The columns' defaults are the manual's (AMD_DEFAULTS, in the migration).
  await em.execute('insert into amd_settings (id) values (?) on conflict (singleton) do nothing', [randomUUID()]);
  return em.findOneOrFail(AmdSettings, { singleton: true });
}

export const amdSettingsService = {
  async get(context: DomainContext): Promise<AmdSettings> {
    context.viewer.require(Permission.TELEPHONY_READ);
    return singleton(context.em);
  },

  async update(context: DomainContext, input: UpdateAmdSettingsInput): Promise<AmdSettings> {
    context.viewer.require(Permission.TELEPHONY_MANAGE);
    const settings = await inTransaction(context, 'AMD settings', async ({ em }) => {
      const row = await singleton(em);
      for (const [key, value] of Object.entries(input)) {
        // null from GraphQL means "not given" as well: every column is NOT NULL.
        if (value !== undefined && value !== null) (row as unknown as Record<string, number>)[key] = value as number;
      }
      await em.flush();
      return row;
    });
    telephonyNotifier.configurationChanged(context, 'amd-settings');
    return settings;
  },
};
