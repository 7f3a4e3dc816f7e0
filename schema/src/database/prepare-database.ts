import { syncBuiltInRoles } from '../users/role.service.js';
import { ensureDatabaseExists, migrateToLatest, openDatabase } from './database.js';

/** Creates the database if needed, applies every migration and syncs the built-in roles. */
export async function prepareDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  await ensureDatabaseExists(databaseUrl);
  const orm = await openDatabase(databaseUrl);
  try {
    const applied = await migrateToLatest(orm);
    await syncBuiltInRoles(orm.em.fork());
    return { applied };
  } finally {
    await orm.close(true);
  }
}

/** Differences between the entities and the migrated database: empty when migrations are complete. */
export async function pendingSchemaChanges(databaseUrl: string): Promise<string> {
  const orm = await openDatabase(databaseUrl);
  try {
    const { up } = await orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false });
    return up.trim();
  } finally {
    await orm.close(true);
  }
}
