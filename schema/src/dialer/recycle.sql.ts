import type { EntityManager } from '@mikro-orm/postgresql';
import { TERMINAL_CALL_EVENT_TYPES } from '../logs/call-event.entity.js';
import { RecycleTarget } from './recycle.enums.js';

/**
 * The recycler's statements. Each batch is one statement over the next `limit` contacts of the
 * campaign's database in (created_at, id) order (the contacts' keyset index): it picks those to
 * recycle and recycles them in the database, so no contact ever reaches the worker's memory.
 */

export type RecycleSelection =
  | { kind: 'DIALER'; dispositionOptionIds: string[]; outcomes: string[] }
  /** Preview campaigns recycle the contacts never dispositioned. */
  | { kind: 'PREVIEW' };

export interface BatchCursor {
  /** created_at as Postgres text: a JS Date would drop its microseconds and break the keyset. */
  createdAt: string;
  id: string;
}

export const FIRST_CURSOR: BatchCursor = { createdAt: '-infinity', id: '00000000-0000-0000-0000-000000000000' };

export interface BatchResult {
  scanned: number;
  recycled: number;
  cursor: BatchCursor | null;
}

/** A Postgres array literal of values already checked to be uuids or enum names. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/**
 * The picked contacts of a batch. Lateral lookups by the (campaign, contact) unique keys: one
 * index probe per contact, where a plain EXISTS lets the planner hash the campaign's whole
 * dialer table again for every batch.
 */
function pickedStatement(target: RecycleTarget, selection: RecycleSelection): { sql: string; params: unknown[] } {
  if (selection.kind === 'PREVIEW') {
    // Back into the same campaign, a contact an agent holds (on its screen, or called and not
    // yet dispositioned) or is talking to stays the agent's: freeing it would hand it to another.
    const held =
      target === RecycleTarget.SAME
        ? `and not exists (select 1 from preview_assignments pa where pa.campaign_id = :campaign and pa.contact_id = b.id
                              and pa.status in ('DELIVERED', 'RESERVED'))
           and not exists (select 1 from calls_on c where c.contact_id = b.id)`
        : '';
    return {
      sql: `select b.id from batch b
             left join lateral (select 1 as found from dispositions d
                                 where d.campaign_id = :campaign and d.contact_id = b.id limit 1) d on true
             where d.found is null ${held}`,
      params: [],
    };
  }
  // Either criterion selects (the manual's list mixes agents' dispositions and dialer results);
  // a contact on a call right now is left out.
  return {
    sql: `select b.id from batch b
           left join lateral (select d.option_id from dispositions d
                               where d.campaign_id = :campaign and d.contact_id = b.id limit 1) d on true
           left join lateral (select dc.status, dc.last_outcome from dialer_contacts dc
                               where dc.campaign_id = :campaign and dc.contact_id = b.id limit 1) dc on true
           where (d.option_id::text = any(:options::text[]) or dc.last_outcome::text = any(:outcomes::text[]))
             and dc.status is distinct from 'DIALING'`,
    params: [arrayLiteral(selection.dispositionOptionIds), arrayLiteral(selection.outcomes)],
  };
}

/**
 * The campaign's calls that began in the last few hours and have no terminal event yet: the
 * contacts someone is on the phone with. Bounded by the (campaign, occurred_at) index.
 */
const CALLS_ON_SQL = `select distinct e.contact_id from call_events e
   where e.campaign_id = :campaign and e.contact_id is not null and e.occurred_at > now() - interval '6 hours'
     and not exists (select 1 from call_events t where t.call_id = e.call_id
                       and t.type::text = any('{${[...TERMINAL_CALL_EVENT_TYPES].join(',')}}'::text[]))`;

/** What happens to the picked contacts, as a data-modifying CTE returning one row per contact recycled. */
function applyStatement(target: RecycleTarget, selection: RecycleSelection): string {
  if (target === RecycleTarget.NEW_CAMPAIGN) {
    // Copies keep their creation time, so the new campaign dials them in the original order.
    return `insert into contacts (id, created_at, updated_at, database_id, phone, external_id, data)
            select gen_random_uuid(), c.created_at, now(), :newDatabase, c.phone, c.external_id, c.data
              from contacts c join picked p on p.id = c.id
            returning 1`;
  }
  if (selection.kind === 'PREVIEW') {
    // Back in the queue, free; contacts without a row get one when the campaign goes live again.
    return `update preview_assignments pa set status = 'INITIAL', agent_id = null, reserved_until = null,
                   finished_at = null, attempts = 0, updated_at = now()
              from picked p where pa.campaign_id = :campaign and pa.contact_id = p.id
            returning 1`;
  }
  // Fresh again, counters reset (the manual: the dialer calls them again); the last outcome
  // stays as history. One row per contact (the unique key), so recycling twice never duplicates.
  return `insert into dialer_contacts
            (campaign_id, contact_id, status, source, attempts, attempts_by_outcome, phone_index, updated_at)
          select :campaign, p.id, 'PENDING', 'FRESH', 0, '{}', 0, now() from picked p
          on conflict (campaign_id, contact_id) do update set
            status = 'PENDING', source = 'FRESH', next_attempt_at = null, attempts = 0, attempts_by_outcome = '{}',
            phone_index = 0, callback_id = null, claimed_by = null, claimed_at = null, updated_at = now()
          where dialer_contacts.status <> 'DIALING'
          returning 1`;
}

export interface BatchPlan {
  campaignId: string;
  databaseId: string;
  newDatabaseId: string | null;
  target: RecycleTarget;
  selection: RecycleSelection;
  limit: number;
}

/** Recycles the next batch after `cursor`; a null cursor in the result means the database is done. */
export async function recycleBatch(em: EntityManager, plan: BatchPlan, cursor: BatchCursor): Promise<BatchResult> {
  const pick = pickedStatement(plan.target, plan.selection);
  const previewSame = plan.selection.kind === 'PREVIEW' && plan.target === RecycleTarget.SAME;
  const named: Record<string, unknown> = {
    campaign: plan.campaignId,
    database: plan.databaseId,
    newDatabase: plan.newDatabaseId,
    options: pick.params[0] ?? '{}',
    outcomes: pick.params[1] ?? '{}',
    afterCreatedAt: cursor.createdAt,
    afterId: cursor.id,
    limit: plan.limit,
  };
  const sql = `
    with batch as (
      select c.id, c.created_at from contacts c
       where c.database_id = :database and (c.created_at, c.id) > (:afterCreatedAt::timestamptz, :afterId::uuid)
       order by c.created_at, c.id limit :limit::int
    ), ${previewSame ? `calls_on as (${CALLS_ON_SQL}),` : ''} picked as (
      ${pick.sql}
    ), applied as (
      ${applyStatement(plan.target, plan.selection)}
    ), last as (
      select created_at::text as created_at, id::text as id from batch order by created_at desc, id desc limit 1
    )
    select (select count(*) from batch)::int as scanned,
           (select count(*) from ${previewSame ? 'picked' : 'applied'})::int as recycled,
           (select count(*) from applied)::int as applied,
           (select created_at from last) as last_created_at,
           (select id from last) as last_id`;
  const { text, values } = toPositional(sql, named);
  const [row] = await em.execute<
    Array<{ scanned: number; recycled: number; last_created_at: string | null; last_id: string | null }>
  >(text, values);
  const cursorOut =
    row!.scanned < plan.limit || !row!.last_id ? null : { createdAt: row!.last_created_at!, id: row!.last_id };
  return { scanned: row!.scanned, recycled: row!.recycled, cursor: cursorOut };
}

/** `:name` placeholders (not `::casts`) to positional `?` bindings. */
function toPositional(sql: string, named: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]+)/g, (_match, name: string) => {
    if (!(name in named)) throw new Error(`recycle SQL: no value for :${name}`);
    values.push(named[name]);
    return '?';
  });
  return { text, values };
}
