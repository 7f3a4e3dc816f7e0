import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  Campaign,
  CampaignType,
  Contact,
  Disposition,
  DispositionChange,
  DialerContact,
  DispositionOption,
  type DialerContactStatus,
  offlineState,
  type AgentState,
  type AgentStateStore,
  type EventBus,
  type CampaignCountersData,
  type CampaignCountersStore,
  type ContactDatabase,
  type Orm,
  type User,
} from '@switchboard/schema';
import type { CallEventKind, NormalizedCallEvent } from '@switchboard/telephony';
import type { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { addContact, createCampaign, createDatabase } from '../support/contact-factory.js';

/** A dialer campaign the user supervises, with a database of `contacts` contacts. */
export async function newDialerCampaign(
  orm: Orm,
  supervisor: User,
  contacts = 3,
): Promise<{ campaign: Campaign; database: ContactDatabase; contactIds: string[] }> {
  const database = await createDatabase(orm);
  const contactIds: string[] = [];
  for (let index = 0; index < contacts; index += 1) contactIds.push((await addContact(orm, database)).id);
  const campaign = await createCampaign(orm, { type: CampaignType.DIALER, database, supervisors: [supervisor] });
  return { campaign, database, contactIds };
}

export type LoggedCall = (CallEventKind | [CallEventKind, Record<string, unknown>])[];

/** Writes (and publishes) a call's events the way workers/call-events does; keys make replays no-ops. */
export async function writeCall(
  writer: CallEventWriter,
  campaignId: string,
  types: LoggedCall,
  callId: string = randomUUID(),
) {
  for (const item of types) {
    const [type, data] = Array.isArray(item) ? item : [item, {}];
    const event: NormalizedCallEvent = {
      eventKey: `${callId}:${type}`,
      callId,
      type,
      occurredAt: new Date(),
      campaignId,
      agentId: null,
      contactId: null,
      phone: '5550031',
      waitSeconds: null,
      durationSeconds: null,
      recording: null,
      data: { linkedid: callId, ...data },
    };
    await writer.write(event);
  }
  return callId;
}

/** Drops one campaign-day from Redis (its hash and call sets): what a flush does to it. */
export async function dropCampaignDay(redis: Redis, store: CampaignCountersStore, campaignId: string, day: string) {
  const key = store.key(campaignId, day);
  const keys = await redis.keys(`${key.replace(/[{}[\]*?]/g, (c) => `\\${c}`)}*`);
  if (keys.length > 0) await redis.del(...keys);
}

/** A disposition version written to the database, and its event published, as disposeContact does. */
export async function recordDisposition(
  orm: Orm,
  bus: EventBus,
  campaignId: string,
  contactId: string,
  optionId: string,
) {
  const em = orm.em.fork();
  const disposition =
    (await em.findOne(Disposition, { campaign: campaignId, contact: contactId })) ??
    Object.assign(new Disposition(), {
      campaign: em.getReference(Campaign, campaignId),
      contact: em.getReference(Contact, contactId),
      revision: 0,
    });
  disposition.option = em.getReference(DispositionOption, optionId);
  disposition.revision += 1;
  em.persist(disposition);
  const change = { disposition, revision: disposition.revision, option: disposition.option };
  em.persist(Object.assign(new DispositionChange(), change));
  await em.flush();
  const { id: dispositionId, revision } = disposition;
  bus.publish('disposition.recorded', { dispositionId, campaignId, contactId, optionId, agentId: null, revision });
}

/** Hopper rows for the first contacts, one per status. */
export async function addHopperRows(
  orm: Orm,
  campaignId: string,
  contactIds: string[],
  statuses: DialerContactStatus[],
) {
  const em = orm.em.fork();
  statuses.forEach((status, index) => {
    const row = {
      campaign: em.getReference(Campaign, campaignId),
      contact: em.getReference(Contact, contactIds[index]!),
    };
    em.persist(Object.assign(new DialerContact(), { ...row, status }));
  });
  await em.flush();
}

/** An agent's live state set in Redis and published, as the agent-session service does. */
export async function setAgentState(
  store: AgentStateStore,
  bus: EventBus,
  agentId: string,
  state: AgentState,
  campaignIds: string[],
) {
  const identity = { agentId, userId: agentId, username: 'bot', groupId: agentId, sipExtension: 1 };
  const changed = await store.update(
    agentId,
    () => offlineState(identity, new Date()),
    (current) => ({ ...current, state, campaignIds, version: current.version + 1 }),
  );
  if (changed) bus.publish('agent.state_changed', { from: changed[0].state, state: changed[1] });
}

export const callPart = (counters: Omit<LogCounts, never> & Partial<CampaignCountersData>): LogCounts => ({
  dialed: counters.dialed,
  answered: counters.answered,
  notAnswered: counters.notAnswered,
  machines: counters.machines,
  connected: counters.connected,
  lost: counters.lost,
  dialingNow: counters.dialingNow,
});

export interface LogCounts {
  dialed: number;
  answered: number;
  notAnswered: number;
  machines: number;
  connected: number;
  lost: number;
  dialingNow: number;
}

/**
 * What the call-event log says of a campaign today (UTC campaigns), written by hand in SQL and
 * independently of the counters' own rules, so that a mistake in those shows here.
 */
export async function logSays(orm: Orm, campaignId: string): Promise<LogCounts> {
  const [row] = await orm.em.getConnection().execute<Record<string, string>[]>(
    `with today as (
       select * from call_events
        where campaign_id = ? and occurred_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'),
     calls as (
       select call_id,
              bool_or(type = 'DIAL') as dialed,
              bool_or(type not in ('DIAL', 'AMD', 'CONNECT', 'ENTERQUEUE', 'HOLD', 'UNHOLD', 'RECORDING_STARTED',
                                   'RECORDING_STOPPED', 'BLINDTRANSFER', 'ATTENDEDTRANSFER', 'TRANSFER_CANCELLED',
                                   'CONFERENCE')) as settled
         from today group by call_id)
     select (select count(distinct call_id) from today where type = 'DIAL') as dialed,
            (select count(distinct call_id) from today where type = 'ANSWER') as answered,
            (select count(distinct call_id) from today
              where type in ('NOANSWER', 'BUSY', 'CANCEL', 'CHANUNAVAIL', 'CONGESTION')
                 or (type = 'FAIL' and coalesce(data->>'reason', '') <> 'closed-after-resync')) as not_answered,
            (select count(distinct call_id) from today where type = 'AMD' and data->>'status' = 'MACHINE') as machines,
            (select count(distinct call_id) from today where type = 'CONNECT') as connected,
            (select count(distinct call_id) from today where type in ('ABANDON', 'EXITWITHTIMEOUT')) as lost,
            (select count(*) from calls where dialed and not settled) as dialing_now`,
    [campaignId],
  );
  return {
    dialed: Number(row!['dialed']),
    answered: Number(row!['answered']),
    notAnswered: Number(row!['not_answered']),
    machines: Number(row!['machines']),
    connected: Number(row!['connected']),
    lost: Number(row!['lost']),
    dialingNow: Number(row!['dialing_now']),
  };
}
