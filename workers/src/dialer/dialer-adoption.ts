// A dialer taking a campaign over: every DIALING row of the campaign becomes a call it watches,
// stamped with its own claimant so that the previous one's writes no longer apply to them.

import type { EntityManager } from '@mikro-orm/postgresql';
import { Campaign, attemptProgress, dialTargets, type DialTarget, type DialerContactSource } from '@switchboard/schema';
import type { WatchedCall } from './dialer-call-watch.js';

interface DialingRow {
  id: string;
  contact_id: string;
  last_call_id: string;
  phone_index: number;
  source: DialerContactSource;
  callback_id: string | null;
  attempts: number;
  attempts_by_outcome: Record<string, number>;
  claimed_at: Date | null;
  surplus_call_id: string | null;
}

/** Adopts the campaign's DIALING rows under `claimant`; returns them as calls to watch. */
export async function adoptClaims(em: EntityManager, campaignId: string, claimant: string): Promise<WatchedCall[]> {
  const campaign = await em.findOne(Campaign, { id: campaignId }, { populate: ['contactDatabase'] });
  const phoneCount = Math.max(1, campaign?.contactDatabase?.phoneColumns.length ?? 1);
  const rows = await em.execute<DialingRow[]>(
    `update dialer_contacts set claimed_by = ? where campaign_id = ? and status = 'DIALING'
     returning id, contact_id, last_call_id, phone_index, source, callback_id, attempts, attempts_by_outcome, claimed_at,
               surplus_call_id`,
    [claimant, campaignId],
  );
  // Their numbers, so that the same number is not dialed while one of these calls is on.
  const database = campaign?.contactDatabase;
  const numbers = database
    ? await dialTargets(
        em,
        {
          campaignId,
          databaseId: database.id,
          phoneColumns: database.phoneColumns,
          dialPrefix: null,
          avoidDuplicatePhones: false,
        },
        rows.map((row) => ({
          contactId: row.contact_id,
          phoneIndex: row.phone_index,
          source: row.source,
          callbackId: row.callback_id,
        })),
      )
    : new Map<string, DialTarget>();
  return rows.map((row) => ({
    rowId: String(row.id),
    callId: row.last_call_id,
    contactId: row.contact_id,
    phone: numbers.get(row.contact_id)?.phone ?? null,
    phoneCount,
    phoneIndex: row.phone_index,
    attempts: row.attempts,
    attemptsByOutcome: row.attempts_by_outcome ?? {},
    claimant,
    originatedAt: row.claimed_at ? new Date(row.claimed_at).getTime() : Date.now(),
    originateFailedAt: null,
    progress: attemptProgress([]),
    droppedAsSurplus: row.surplus_call_id !== null && row.surplus_call_id === row.last_call_id,
  }));
}
