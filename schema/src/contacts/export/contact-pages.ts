import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per query: small enough to stream, large enough that round trips do not dominate. */
export const EXPORT_PAGE_SIZE = 5_000;

export interface ContactPageQuery {
  databaseId: string;
  /** Extra select list, over the contact alias c and the joined aliases. */
  select: string;
  /** Joins, with ? placeholders bound to joinParams. */
  joins?: string;
  joinParams?: unknown[];
  pageSize?: number;
}

interface Positioned {
  id: string;
  position: string;
}

/**
 * The contacts of a database with whatever the query joins to them, in (created_at, id) order,
 * one page at a time by keyset: each page is one short query resuming after the last row of
 * the previous one (index contacts(database_id, created_at, id)), so neither a transaction nor
 * a connection is held while the client reads. The position travels as text, because a JS Date
 * would round the microseconds away and repeat or skip rows at page boundaries. Rows added or
 * removed during the export may or may not appear; none appears twice.
 */
export async function* contactPages<R extends object>(
  em: EntityManager,
  query: ContactPageQuery,
): AsyncGenerator<Array<R & Positioned>> {
  const pageSize = query.pageSize ?? EXPORT_PAGE_SIZE;
  let after: Positioned | null = null;
  for (;;) {
    const keyset: string = after ? 'and (c.created_at, c.id) > (cast(? as timestamptz), cast(? as uuid))' : '';
    const rows: Array<R & Positioned> = await em.execute(
      `select ${query.select}, c.id, c.created_at::text as position
         from contacts c ${query.joins ?? ''}
        where c.database_id = ? ${keyset}
        order by c.created_at, c.id
        limit ?`,
      [...(query.joinParams ?? []), query.databaseId, ...(after ? [after.position, after.id] : []), pageSize],
    );
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!;
  }
}
