import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignType } from '../campaigns/campaign.enums.js';
import { DispositionType } from '../dispositions/disposition-option.entity.js';
import { dialerCampaignProgress } from '../dialer/dialer-progress.js';
import {
  CALL_COUNTERS,
  CallCounter,
  counterSql,
  emptyCallCounts,
  humansAnswered,
  type CallCounts,
} from './campaign-counters.js';
import type { CallMembership } from './campaign-counters.store.js';

/** What the counters need of a campaign. */
export interface CountedCampaign {
  id: string;
  type: CampaignType;
  timeZone: string;
  contactDatabaseId: string | null;
}

type Row = Record<string, unknown>;

/**
 * [local midnight of `day`, the next local midnight) in the zone, as a SQL condition on
 * occurred_at; its parameters are `dayParams(day, zone)`. Shared by every per-day count.
 */
export const DAY_RANGE = `occurred_at >= (?::date)::timestamp at time zone ? and occurred_at < ((?::date) + 1)::timestamp at time zone ?`;
export const dayParams = (day: string, timeZone: string) => [day, timeZone, day, timeZone];

/**
 * One row per call of the campaign in the range, with a boolean per counter: whether any of the
 * call's events counts for it. Every counter is then a count of distinct calls.
 */
function callFlags(campaignId: string, range: string, rangeParams: unknown[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const columns = CALL_COUNTERS.map((counter) => {
    const rule = counterSql(counter);
    params.push(...rule.params);
    return `bool_or(${rule.sql}) as "${counter}"`;
  });
  return {
    sql: `select call_id, ${columns.join(', ')} from call_events where campaign_id = ? and ${range} group by call_id`,
    params: [...params, campaignId, ...rangeParams],
  };
}

/** The calls of a campaign-day and the counters each belongs to: what a rebuild adds to Redis. */
export async function callMembershipsFromLog(
  em: EntityManager,
  campaign: CountedCampaign,
  day: string,
): Promise<CallMembership[]> {
  const flags = callFlags(campaign.id, DAY_RANGE, dayParams(day, campaign.timeZone));
  const rows: Row[] = await em.getConnection().execute(flags.sql, flags.params);
  return rows.flatMap((row) =>
    CALL_COUNTERS.filter((counter) => row[counter] === true).map((counter) => ({
      counter,
      callId: String(row['call_id']),
    })),
  );
}

/** A campaign-day's call counts straight from the log (SQL aggregates): what Redis must agree with. */
export async function callCountsFromLog(
  em: EntityManager,
  campaign: CountedCampaign,
  day: string,
): Promise<CallCounts> {
  const flags = callFlags(campaign.id, DAY_RANGE, dayParams(day, campaign.timeZone));
  const counts = CALL_COUNTERS.map((counter) => `count(*) filter (where "${counter}") as "${counter}"`);
  const [row]: Row[] = await em.getConnection().execute(
    `select ${counts.join(', ')}, count(*) filter (where "${CallCounter.DIALED}" and not "${CallCounter.SETTLED}") as dialing_now
       from (${flags.sql}) calls`,
    flags.params,
  );
  const result = emptyCallCounts();
  for (const counter of CALL_COUNTERS) result[counter] = Number(row?.[counter] ?? 0);
  result.dialingNow = Number(row?.['dialing_now'] ?? 0);
  return result;
}

/** Lost calls and humans answered over the last 30 days: today and the 29 before, in the campaign's zone. */
export async function abandonTotals30Days(
  em: EntityManager,
  campaign: CountedCampaign,
  today: string,
): Promise<{ lost30Days: number; humansAnswered30Days: number }> {
  const range = `occurred_at >= ((?::date) - 29)::timestamp at time zone ?`;
  const flags = callFlags(campaign.id, range, [today, campaign.timeZone]);
  const [row]: Row[] = await em.getConnection().execute(
    `select count(*) filter (where "${CallCounter.LOST}") as lost,
            count(*) filter (where "${CallCounter.ANSWERED}") as answered,
            count(*) filter (where "${CallCounter.MACHINES}") as machines
       from (${flags.sql}) calls`,
    flags.params,
  );
  return {
    lost30Days: Number(row?.['lost'] ?? 0),
    humansAnswered30Days: humansAnswered({
      answered: Number(row?.['answered'] ?? 0),
      machines: Number(row?.['machines'] ?? 0),
    }),
  };
}

/** Contacts dispositioned on the day with an ENGAGED option (a contact counts once however often). */
export async function engagedFromDispositions(
  em: EntityManager,
  campaign: CountedCampaign,
  day: string,
): Promise<number> {
  const [row]: Row[] = await em.getConnection().execute(
    `select count(distinct change.disposition_id) as engaged
       from disposition_changes change
       join dispositions disposition on disposition.id = change.disposition_id
       join disposition_options option on option.id = change.option_id
      where disposition.campaign_id = ? and option.type = ?
        and change.created_at >= (?::date)::timestamp at time zone ?
        and change.created_at < ((?::date) + 1)::timestamp at time zone ?`,
    [campaign.id, DispositionType.ENGAGED, ...dayParams(day, campaign.timeZone)],
  );
  return Number(row?.['engaged'] ?? 0);
}

/**
 * Dialer campaigns: contacts still to dial, the manual's "pending calls" — never claimed by a
 * dialer, or waiting in the hopper (PENDING, SCHEDULED). Calls on now are "dialing now"
 * instead. Null for other campaign types.
 */
export async function pendingContacts(em: EntityManager, campaign: CountedCampaign): Promise<number | null> {
  if (campaign.type !== CampaignType.DIALER) return null;
  const progress = await dialerCampaignProgress(em, campaign.id, campaign.contactDatabaseId);
  return progress.fresh + progress.pending + progress.scheduled;
}

/** Campaigns with call events since `since`: those whose counters a starting worker rebuilds. */
export async function campaignsWithEventsSince(em: EntityManager, since: Date): Promise<string[]> {
  const rows: Row[] = await em
    .getConnection()
    .execute(`select distinct campaign_id from call_events where occurred_at >= ? and campaign_id is not null`, [
      since,
    ]);
  return rows.map((row) => String(row['campaign_id']));
}

/** The campaigns' time zone, type and database, by id. */
export async function countedCampaigns(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, CountedCampaign>> {
  if (ids.length === 0) return new Map();
  const rows: Row[] = await em
    .getConnection()
    .execute(`select id, type, window_time_zone, contact_database_id from campaigns where id = any(?::uuid[])`, [
      `{${ids.join(',')}}`,
    ]);
  return new Map(
    rows.map((row) => [
      String(row['id']),
      {
        id: String(row['id']),
        type: row['type'] as CampaignType,
        timeZone: String(row['window_time_zone'] || 'UTC'),
        contactDatabaseId: row['contact_database_id'] ? String(row['contact_database_id']) : null,
      },
    ]),
  );
}
