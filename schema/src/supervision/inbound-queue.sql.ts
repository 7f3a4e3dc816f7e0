import type { EntityManager } from '@mikro-orm/postgresql';
import { CallEventType } from '../logs/call-event.entity.js';
import { DAY_RANGE, dayParams } from './campaign-counters.sql.js';
import { emptyInboundCounts, type InboundCampaign, type InboundCounts } from './inbound-queue.counters.js';
import type { DispositionCount, QuarterHourActivity } from './inbound-queue.types.js';

type Row = Record<string, unknown>;
const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The campaigns' zone, service level and whether they hide the main phone from agents, by id. */
export async function inboundCampaigns(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, InboundCampaign>> {
  if (ids.length === 0) return new Map();
  const rows: Row[] = await em.getConnection().execute(
    `select campaign.id, campaign.window_time_zone, campaign.queue_service_level_seconds,
            coalesce(database.phone_columns[1] = any(campaign.hidden_contact_fields), false) as phone_hidden
       from campaigns campaign
       left join contact_databases database on database.id = campaign.contact_database_id
      where campaign.id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  return new Map(
    rows.map((row) => [
      String(row['id']),
      {
        id: String(row['id']),
        timeZone: String(row['window_time_zone'] || 'UTC'),
        serviceLevelSeconds: Number(row['queue_service_level_seconds'] ?? 0),
        phoneHiddenFromAgents: row['phone_hidden'] === true,
      },
    ]),
  );
}

const { CONNECT, ABANDON, ABANDONWEL, EXITWITHTIMEOUT, COMPLETEAGENT, COMPLETEOUTNUM, ANSWER, DIAL, ENTERQUEUE } =
  CallEventType;

/**
 * A campaign-day's inbound counters from the log (see InboundCounts for the precedence of
 * outcomes): one pass over the day's events of the campaign, on the (campaign_id, occurred_at) index.
 */
export async function inboundCountsFromLog(
  em: EntityManager,
  campaign: InboundCampaign,
  day: string,
): Promise<InboundCounts> {
  const [row]: Row[] = await em.getConnection().execute(
    `select count(*) filter (where connected) as answered,
            count(*) filter (where abandoned and not connected) as abandoned,
            count(*) filter (where welcome and not connected and not abandoned) as abandoned_welcome,
            count(*) filter (where expired and not connected and not abandoned and not welcome) as expired,
            count(*) filter (where connected and coalesce(wait, 0) <= ?) as within_level,
            avg(wait) filter (where connected) as average_wait,
            avg(talk) as average_talk
       from (select call_id,
                    bool_or(type = '${CONNECT}') as connected,
                    bool_or(type = '${ABANDON}') as abandoned,
                    bool_or(type = '${ABANDONWEL}') as welcome,
                    bool_or(type = '${EXITWITHTIMEOUT}') as expired,
                    min(wait_seconds) filter (where type = '${CONNECT}') as wait,
                    max(duration_seconds) filter (where type in ('${COMPLETEAGENT}', '${COMPLETEOUTNUM}')) as talk
               from call_events
              where campaign_id = ? and ${DAY_RANGE}
              group by call_id) calls`,
    [campaign.serviceLevelSeconds, campaign.id, ...dayParams(day, campaign.timeZone)],
  );
  if (!row) return emptyInboundCounts();
  return {
    answered: Number(row['answered'] ?? 0),
    abandoned: Number(row['abandoned'] ?? 0),
    abandonedDuringWelcome: Number(row['abandoned_welcome'] ?? 0),
    expired: Number(row['expired'] ?? 0),
    answeredWithinServiceLevel: Number(row['within_level'] ?? 0),
    averageWaitSeconds: numberOrNull(row['average_wait']),
    averageTalkSeconds: numberOrNull(row['average_talk']),
  };
}

/**
 * The quarter-hours of a campaign-day (local time of its zone), each with the calls that began
 * in it and those answered, connected and lost in it. One statement over the day's events of
 * the campaign (the (campaign_id, occurred_at) index); quarter-hours without calls are included.
 */
export const QUARTER_HOUR_SQL = `
  with events as (
    select call_id, type, date_bin('15 minutes', occurred_at at time zone ?, (?::date)::timestamp) as slot
      from call_events
     where campaign_id = ? and ${DAY_RANGE}
  ), calls as (
    select call_id,
           min(slot) filter (where type in ('${DIAL}', '${ENTERQUEUE}', '${ABANDONWEL}')) as started,
           min(slot) filter (where type in ('${ANSWER}', '${CONNECT}')) as answered,
           min(slot) filter (where type = '${CONNECT}') as connected,
           min(slot) filter (where type in ('${ABANDON}', '${ABANDONWEL}', '${EXITWITHTIMEOUT}')) as lost
      from events group by call_id
  ), slots as (
    select generate_series((?::date)::timestamp, ((?::date) + 1)::timestamp - interval '15 minutes', interval '15 minutes') as slot
  )
  select slots.slot at time zone ? as starts_at,
         count(calls.call_id) filter (where calls.started = slots.slot) as calls,
         count(calls.call_id) filter (where calls.answered = slots.slot) as answered,
         count(calls.call_id) filter (where calls.connected = slots.slot) as connected,
         count(calls.call_id) filter (where calls.lost = slots.slot) as abandoned
    from slots
    left join calls on slots.slot in (calls.started, calls.answered, calls.connected, calls.lost)
   group by slots.slot
   order by slots.slot`;

export const quarterHourParams = (campaignId: string, day: string, timeZone: string) => [
  timeZone,
  day,
  campaignId,
  ...dayParams(day, timeZone),
  day,
  day,
  timeZone,
];

export async function quarterHourActivity(
  em: EntityManager,
  campaign: { id: string; timeZone: string },
  day: string,
): Promise<QuarterHourActivity[]> {
  const rows: Row[] = await em
    .getConnection()
    .execute(QUARTER_HOUR_SQL, quarterHourParams(campaign.id, day, campaign.timeZone));
  return rows.map((row) => ({
    startsAt: new Date(row['starts_at'] as string | Date),
    calls: Number(row['calls'] ?? 0),
    answered: Number(row['answered'] ?? 0),
    connected: Number(row['connected'] ?? 0),
    abandoned: Number(row['abandoned'] ?? 0),
  }));
}

/** Contacts dispositioned on the day, by option (a contact counts once per option however often). */
export async function dispositionsOfDay(
  em: EntityManager,
  campaign: { id: string; timeZone: string },
  day: string,
): Promise<DispositionCount[]> {
  const rows: Row[] = await em.getConnection().execute(
    `select option.id, option.name, count(distinct change.disposition_id) as count
       from disposition_changes change
       join dispositions disposition on disposition.id = change.disposition_id
       join disposition_options option on option.id = change.option_id
      where disposition.campaign_id = ?
        and change.created_at >= (?::date)::timestamp at time zone ?
        and change.created_at < ((?::date) + 1)::timestamp at time zone ?
      group by option.id, option.name
      order by count desc, option.name`,
    [campaign.id, ...dayParams(day, campaign.timeZone)],
  );
  return rows.map((row) => ({ optionId: String(row['id']), name: String(row['name']), count: Number(row['count']) }));
}
