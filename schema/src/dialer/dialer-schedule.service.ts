import type { EntityManager } from '@mikro-orm/postgresql';
import { DialerContactStatus } from './dialer-contact.entity.js';
import { DialerWatermark } from './dialer-watermark.entity.js';
import { nextStepAfterDisposition } from './retry-policy.js';

/** The retries process's place in the disposition history. */
export const DISPOSITION_WATERMARK = 'retries.dispositions';

/**
 * Catch-up scans start this long before the watermark: a disposition's `updated_at` is its
 * transaction's start, so one committed late may carry a time just behind a newer one already
 * seen. Seeing a disposition twice is harmless (its revision is applied once).
 */
export const WATERMARK_MARGIN_MS = 10 * 60_000;

const SCAN_BATCH = 1000;

interface DispositionCandidate {
  id: string;
  campaign_id: string;
  contact_id: string;
  revision: number;
  updated_at: Date;
  retry_after_seconds: number;
  max_attempts: number;
  row_status: DialerContactStatus | null;
  attempts: number | null;
  phone_index: number | null;
}

export interface DispositionRetriesResult {
  applied: number;
  /** Contacts whose call is still on (DIALING): applied by a later sweep, once the dialer let go. */
  deferred: number;
}

// Current dispositions of DIALER campaigns whose option has a retry rule and whose revision
// the contact's dialer row has not taken yet.
const CANDIDATES = `
  select d.id, d.campaign_id, d.contact_id, d.revision, d.updated_at,
         r.retry_after_seconds, r.max_attempts, dc.status as row_status, dc.attempts, dc.phone_index
    from dispositions d
    join retry_rules r on r.disposition_option_id = d.option_id
    join campaigns c on c.id = d.campaign_id and c.type = 'DIALER' and c.state <> 'DELETED'
    left join dialer_contacts dc on dc.campaign_id = d.campaign_id and dc.contact_id = d.contact_id
   where (dc.id is null or dc.disposition_revision is null or dc.disposition_revision < d.revision)`;

// Never over a contact being dialed, never back to an older revision: idempotent and race-free
// (the conflict clause re-checks the row under its lock).
const APPLY = `
  insert into dialer_contacts
    (campaign_id, contact_id, status, source, next_attempt_at, attempts, attempts_by_outcome, phone_index,
     disposition_revision, updated_at)
  values (?, ?, ?, ?, ?, 0, '{}', ?, ?, now())
  on conflict (campaign_id, contact_id) do update set
    status = excluded.status, source = excluded.source, next_attempt_at = excluded.next_attempt_at,
    phone_index = excluded.phone_index, disposition_revision = excluded.disposition_revision,
    callback_id = null, updated_at = now()
  where dialer_contacts.status <> 'DIALING'
    and (dialer_contacts.disposition_revision is null or dialer_contacts.disposition_revision < excluded.disposition_revision)
  returning id`;

async function applyCandidates(em: EntityManager, candidates: DispositionCandidate[]) {
  let applied = 0;
  let firstDeferred: Date | null = null;
  for (const candidate of candidates) {
    if (candidate.row_status === DialerContactStatus.DIALING) {
      firstDeferred ??= new Date(candidate.updated_at);
      continue;
    }
    const rule = { retryAfterSeconds: candidate.retry_after_seconds, maxAttempts: candidate.max_attempts };
    // From the disposition's own time, so a catch-up after downtime schedules what would have been.
    const step = nextStepAfterDisposition(
      rule,
      candidate.attempts ?? 0,
      candidate.phone_index ?? 0,
      new Date(candidate.updated_at),
    );
    const rows = await em.execute(APPLY, [
      candidate.campaign_id,
      candidate.contact_id,
      step.status,
      step.source,
      step.nextAttemptAt,
      step.phoneIndex,
      candidate.revision,
    ]);
    applied += rows.length;
  }
  return { applied, firstDeferred, deferred: candidates.filter((c) => c.row_status === 'DIALING').length };
}

/** Applies one disposition's retry rule, if it has one: what a 'disposition.recorded' event triggers. */
export async function applyDispositionRetry(
  em: EntityManager,
  dispositionId: string,
): Promise<DispositionRetriesResult> {
  const candidates = await em.execute<DispositionCandidate[]>(`${CANDIDATES} and d.id = ?`, [dispositionId]);
  const { applied, deferred } = await applyCandidates(em, candidates);
  return { applied, deferred };
}

/**
 * The catch-up scan: every disposition changed since the watermark (less the margin) whose
 * rule is not applied yet, then the watermark moves up to the scan's start, or to the first
 * deferred disposition so that it is seen again.
 */
export async function sweepDispositionRetries(em: EntityManager): Promise<DispositionRetriesResult> {
  const [{ now }] = (await em.execute<Array<{ now: Date }>>('select now() as now')) as [{ now: Date }];
  const mark = await em.findOne(DialerWatermark, { name: DISPOSITION_WATERMARK });
  const since = mark ? new Date(mark.position.getTime() - WATERMARK_MARGIN_MS) : new Date(0);
  let applied = 0;
  let deferred = 0;
  let firstDeferred: Date | null = null;
  let cursor = { at: since, id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const page = await em.execute<DispositionCandidate[]>(
      `${CANDIDATES} and (d.updated_at, d.id) > (?, ?) order by d.updated_at, d.id limit ${SCAN_BATCH}`,
      [cursor.at, cursor.id],
    );
    const result = await applyCandidates(em, page);
    applied += result.applied;
    deferred += result.deferred;
    firstDeferred ??= result.firstDeferred;
    if (page.length < SCAN_BATCH) break;
    const last = page[page.length - 1]!;
    cursor = { at: new Date(last.updated_at), id: last.id };
  }
  const position = firstDeferred && firstDeferred < now ? firstDeferred : new Date(now);
  await em.execute(
    `insert into dialer_watermarks (name, position, updated_at) values (?, ?, now())
     on conflict (name) do update set position = greatest(dialer_watermarks.position, excluded.position), updated_at = now()`,
    [DISPOSITION_WATERMARK, position],
  );
  return { applied, deferred };
}

export interface CallbackSyncResult {
  /** Callbacks whose call the dialer made: marked DONE. */
  done: number;
  /** Dialer rows whose callback was cancelled, done by hand or moved to another kind. */
  released: number;
  /** Dialer rows (re)scheduled for a pending global callback. */
  scheduled: number;
}

/**
 * The dialer took the row at or after `since` and found nothing to dial (no phone, do-not-call, a duplicate):
 * no call is placed, so no attempt time is written, yet the callback is over; without this the
 * row would be scheduled again and taken again forever.
 */
const GAVE_UP_SINCE = (row: string, since: string) =>
  `(${row}.status = 'DONE' and ${row}.last_outcome in ('BLACKLISTED', 'NO_PHONE', 'DUPLICATE') and ${row}.updated_at >= ${since})`;

// A callback's call is made once its row was attempted at or after the callback's time and
// the attempt is over (not DIALING).
const MARK_MADE_CALLBACKS_DONE = `
  update callbacks cb set status = 'DONE', updated_at = now()
    from dialer_contacts dc
   where cb.kind = 'GLOBAL' and cb.status = 'PENDING'
     and dc.campaign_id = cb.campaign_id and dc.contact_id = cb.contact_id
     and dc.status <> 'DIALING'
     and (dc.last_attempt_at >= cb.scheduled_at or ${GAVE_UP_SINCE('dc', 'cb.scheduled_at')})
  returning cb.id`;

// A row still waiting for a callback that is no longer pending was never dialed for it: the
// contact had been dispositioned (that is how callbacks are made), so it is done.
const RELEASE_ORPHANED_ROWS = `
  update dialer_contacts dc set status = 'DONE', source = 'FRESH', next_attempt_at = null, callback_id = null,
         updated_at = now()
   where dc.source = 'CALLBACK' and dc.status in ('SCHEDULED', 'PENDING')
     and not exists (select 1 from callbacks cb
                      where cb.id = dc.callback_id and cb.kind = 'GLOBAL' and cb.status = 'PENDING')
  returning dc.id`;

// After the attempt the link is history: clear it so the row no longer looks like a callback's.
const FORGET_FINISHED_LINKS = `
  update dialer_contacts dc set callback_id = null, updated_at = now()
   where dc.callback_id is not null and dc.status <> 'DIALING'
     and not (dc.source = 'CALLBACK' and dc.status in ('SCHEDULED', 'PENDING'))
     and not exists (select 1 from callbacks cb where cb.id = dc.callback_id and cb.status = 'PENDING')`;

// The earliest pending global callback of each contact of a DIALER campaign becomes its row's
// schedule; a row attempted since that time is left alone (MARK_MADE_CALLBACKS_DONE closes it).
const SCHEDULE_PENDING_CALLBACKS = `
  insert into dialer_contacts
    (campaign_id, contact_id, status, source, next_attempt_at, callback_id, attempts, attempts_by_outcome,
     phone_index, updated_at)
  select distinct on (cb.campaign_id, cb.contact_id)
         cb.campaign_id, cb.contact_id, 'SCHEDULED', 'CALLBACK', cb.scheduled_at, cb.id, 0, '{}', 0, now()
    from callbacks cb
    join campaigns c on c.id = cb.campaign_id and c.type = 'DIALER' and c.state <> 'DELETED'
   where cb.kind = 'GLOBAL' and cb.status = 'PENDING'
   order by cb.campaign_id, cb.contact_id, cb.scheduled_at, cb.id
  on conflict (campaign_id, contact_id) do update set
    status = 'SCHEDULED', source = 'CALLBACK', next_attempt_at = excluded.next_attempt_at,
    callback_id = excluded.callback_id, updated_at = now()
  where dialer_contacts.status <> 'DIALING'
    and (dialer_contacts.last_attempt_at is null or dialer_contacts.last_attempt_at < excluded.next_attempt_at)
    and not ${GAVE_UP_SINCE('dialer_contacts', 'excluded.next_attempt_at')}
    and (dialer_contacts.status::text, dialer_contacts.source::text, dialer_contacts.next_attempt_at,
         dialer_contacts.callback_id)
        is distinct from ('SCHEDULED', 'CALLBACK', excluded.next_attempt_at, excluded.callback_id)
  returning id`;

/**
 * Puts global callbacks back into the dialer (the manual's "Global Callbacks"): every pending
 * GLOBAL callback of a DIALER campaign holds its contact's row SCHEDULED, source CALLBACK, at
 * its time, so the dialer's hopper takes it when due and before retries and fresh contacts.
 * Reconciles from the tables alone, in one transaction: run it any number of times, after any
 * downtime, and the rows and callbacks end up the same.
 */
export async function syncGlobalCallbacks(em: EntityManager): Promise<CallbackSyncResult> {
  return em.transactional(async (tx) => {
    const done = await tx.execute(MARK_MADE_CALLBACKS_DONE);
    const released = await tx.execute(RELEASE_ORPHANED_ROWS);
    await tx.execute(FORGET_FINISHED_LINKS);
    const scheduled = await tx.execute(SCHEDULE_PENDING_CALLBACKS);
    return { done: done.length, released: released.length, scheduled: scheduled.length };
  });
}
