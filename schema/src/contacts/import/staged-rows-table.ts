import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Staged rows are scratch data, rewritten by every upload: an UNLOGGED table skips the
 * write-ahead log (COPY is much faster) and is emptied after a crash, which loses only uploads
 * not yet imported. Migrations cannot say UNLOGGED (MikroORM has no option for it), so uploads
 * make it so when it is not yet: on the empty table of a fresh database this is instant, and
 * afterwards it costs one catalog lookup.
 */
export async function ensureUnloggedStaging(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ persistence: string }>(
    "select relpersistence as persistence from pg_class where oid = 'csv_upload_rows'::regclass",
  );
  if (rows[0]?.persistence === 'p') await client.query('alter table csv_upload_rows set unlogged');
}

/**
 * A raw node-postgres client from the ORM's pool, for COPY (which the ORM cannot stream),
 * given back when `work` ends.
 */
export async function withRawConnection<T>(em: EntityManager, work: (client: pg.ClientBase) => Promise<T>) {
  const knex = em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    return await work(client);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** Removes uploads past their expiry and their staged rows. */
export async function deleteExpiredUploads(client: pg.ClientBase): Promise<void> {
  await client.query(
    'delete from csv_upload_rows where upload_id in (select id from csv_uploads where expires_at < now())',
  );
  await client.query('delete from csv_uploads where expires_at < now()');
}
