import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000InitialDomain } from './20261125000000-initial-domain.js';

/** Migrations in order. `npm run migration:create` appends new ones here. */
export const migrationsList: MigrationObject[] = [
  { name: '20261125000000-initial-domain', class: Migration20261125000000InitialDomain },
];
