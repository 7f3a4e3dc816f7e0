import { inject } from 'vitest';
import { dropDatabase, openDatabase, prepareDatabase, type Orm } from '@switchboard/schema';

/**
 * A migrated database of a test file's own, beside the run's shared one: for tests that read
 * whole tables (the telephony configuration is generated from every trunk and route), where
 * other files' rows would change the outcome.
 */
export async function openScratchDatabase(
  label: string,
): Promise<{ orm: Orm; databaseUrl: string; drop(): Promise<void> }> {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `${url.pathname}_${label}`;
  const databaseUrl = url.toString();
  await prepareDatabase(databaseUrl);
  const orm = await openDatabase(databaseUrl);
  return {
    orm,
    databaseUrl,
    drop: async () => {
      await orm.close(true);
      await dropDatabase(databaseUrl);
    },
  };
}
