import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createOrmOptions } from './orm-options.js';

export type Orm = MikroORM;

/** Runs `work` on the server's maintenance database, with the quoted name of the URL's database. */
async function onMaintenanceDatabase(
  databaseUrl: string,
  work: (client: pg.Client, name: string, quoted: string) => Promise<void>,
): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client, name, `"${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it is missing (the demo and tests need this). */
export function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  return onMaintenanceDatabase(databaseUrl, async (client, name, quoted) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${quoted}`);
  });
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return onMaintenanceDatabase(databaseUrl, async (client, _name, quoted) => {
    await client.query(`drop database if exists ${quoted} with (force)`);
  });
}

export async function openDatabase(databaseUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  return MikroORM.init(createOrmOptions(databaseUrl, overrides));
}

export async function migrateToLatest(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
