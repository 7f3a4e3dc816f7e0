import type { EntityManager } from '@mikro-orm/postgresql';
import { DialerContactSource } from './dialer-contact.entity.js';

/** A contact the dialer has claimed (status DIALING, claimedBy the dialer, lastCallId its next call id). */
export interface ClaimedContact {
  /** The dialer_contacts row. */
  rowId: string;
  contactId: string;
  callId: string;
  source: DialerContactSource;
  /** The global callback a CALLBACK row is for: its phone is the one to dial. */
  callbackId: string | null;
  phoneIndex: number;
  attempts: number;
  attemptsByOutcome: Record<string, number>;
}

/** Where the scan of a campaign's never-claimed contacts goes on: (created_at, id) of the last one seen. */
export interface FreshCursor {
  createdAt: string;
  id: string;
}

interface ClaimedRow {
  row_id: string;
  contact_id: string;
  call_id: string;
  source: DialerContactSource;
  callback_id?: string | null;
  phone_index: number;
  attempts: number;
  attempts_by_outcome: Record<string, number>;
}

const toClaimed = (row: ClaimedRow): ClaimedContact => ({
  rowId: String(row.row_id),
  contactId: row.contact_id,
  callId: row.call_id,
  source: row.source,
  callbackId: row.callback_id ?? null,
  phoneIndex: row.phone_index,
  attempts: row.attempts,
  attemptsByOutcome: row.attempts_by_outcome ?? {},
});

/**
 * Claims up to `limit` existing rows, in the hopper's order: due callbacks, due retries,
 * then PENDING rows (recycled contacts, a contact's next phone). SKIP LOCKED: two claimants
 * never wait on nor take the same row; the row turns DIALING in the same statement.
 */
export async function claimDueContacts(
  em: EntityManager,
  campaignId: string,
  holder: string,
  limit: number,
): Promise<ClaimedContact[]> {
  if (limit <= 0) return [];
  const rows = await em.execute<ClaimedRow[]>(
    `update dialer_contacts d
        set status = 'DIALING', claimed_by = ?, claimed_at = now(), last_call_id = gen_random_uuid()::text, updated_at = now()
      where d.id in (
        select id from dialer_contacts
         where campaign_id = ? and (status = 'PENDING' or (status = 'SCHEDULED' and next_attempt_at <= now()))
         order by case when status = 'SCHEDULED' and source = 'CALLBACK' then 0 when status = 'SCHEDULED' then 1 else 2 end,
                  next_attempt_at nulls last, id
         limit ? for update skip locked)
      returning d.id as row_id, d.contact_id, d.last_call_id as call_id, d.source, d.callback_id, d.phone_index, d.attempts, d.attempts_by_outcome`,
    [holder, campaignId, limit],
  );
  return rows.map(toClaimed);
}

/**
 * Claims up to `limit` contacts of the campaign's database that have no row yet, by inserting
 * their rows as DIALING: the unique (campaign, contact) key makes a double claim impossible
 * (ON CONFLICT DO NOTHING). The scan goes on from `cursor` along the (database, created_at, id)
 * index, so a 1,000,000-contact database is walked once, not from the start every second.
 * Returns the claims and the new cursor (null when the scan found nothing past it).
 */
export async function claimFreshContacts(
  em: EntityManager,
  campaignId: string,
  databaseId: string,
  holder: string,
  limit: number,
  cursor: FreshCursor | null,
): Promise<{ claimed: ClaimedContact[]; cursor: FreshCursor | null }> {
  if (limit <= 0) return { claimed: [], cursor };
  const after = cursor ? 'and (c.created_at, c.id) > (?::timestamptz, ?::uuid)' : '';
  const rows = await em.execute<Array<ClaimedRow & { picked_id: string; created_at: string }>>(
    `with picked as (
        select c.id, c.created_at from contacts c
         where c.database_id = ? ${after}
           and not exists (select 1 from dialer_contacts d where d.campaign_id = ? and d.contact_id = c.id)
         order by c.created_at, c.id
         limit ?),
      inserted as (
        insert into dialer_contacts (campaign_id, contact_id, status, source, attempts, attempts_by_outcome, phone_index,
                                     last_call_id, claimed_by, claimed_at, updated_at)
        select ?, p.id, 'DIALING', 'FRESH', 0, '{}', 0, gen_random_uuid()::text, ?, now(), now() from picked p
        on conflict (campaign_id, contact_id) do nothing
        returning id, contact_id, last_call_id, source, phone_index, attempts, attempts_by_outcome)
      select p.id as picked_id, p.created_at::text as created_at, i.id as row_id, i.contact_id, i.last_call_id as call_id,
             i.source, i.phone_index, i.attempts, i.attempts_by_outcome
        from picked p left join inserted i on i.contact_id = p.id
       order by p.created_at, p.id`,
    [databaseId, ...(cursor ? [cursor.createdAt, cursor.id] : []), campaignId, limit, campaignId, holder],
  );
  const last = rows.at(-1);
  return {
    claimed: rows.filter((row) => row.row_id !== null && row.row_id !== undefined).map(toClaimed),
    cursor: last ? { createdAt: last.created_at, id: last.picked_id } : null,
  };
}

/** Whether any contact of the database has no row in the campaign yet (a full check, for exhaustion only). */
export async function hasFreshContacts(em: EntityManager, campaignId: string, databaseId: string): Promise<boolean> {
  const rows = await em.execute<Array<{ found: number }>>(
    `select 1 as found from contacts c where c.database_id = ?
       and not exists (select 1 from dialer_contacts d where d.campaign_id = ? and d.contact_id = c.id) limit 1`,
    [databaseId, campaignId],
  );
  return rows.length > 0;
}
