// The dialer test's scenario: a route to the fake PSTN, 200 contacts of mixed behaviours, a
// dialer campaign with retry rules, and the dialer calls as the call-event log tells them.

import { randomInt } from 'node:crypto';
import {
  Campaign,
  CampaignState,
  CampaignType,
  CallEvent,
  Contact,
  ContactDatabase,
  DialerPacing,
  type DoNotCallList,
  OutboundRoute,
  RetryOutcome,
  RetryRule,
  Trunk,
  type Orm,
} from '@switchboard/schema';
import { fakePstnTrunkDetails, fakePstnNumber, type FakePstnOutcome } from '@switchboard/telephony';
import { unique } from '../support/factories.js';
import { createCampaign } from '../support/telephony-factory.js';
import { blockNumber } from '../telephony/telephony-database-fixtures.js';

export const CONTACTS = 200;
export const AGENT_TALK_SECONDS = 2;
/** The retry rules under test: [outcome, retry after seconds, at most attempts]. */
export const RULES: Array<[RetryOutcome, number, number]> = [
  [RetryOutcome.BUSY, 2, 2],
  [RetryOutcome.NO_ANSWER, 2, 2],
  [RetryOutcome.REJECTED, 1, 1],
  [RetryOutcome.TIMEOUT, 2, 3],
];
export const maxAttempts = (outcome: string) => RULES.find(([rule]) => rule === outcome)?.[2] ?? 1;

/** What each contact is, by its position: the main phone's behaviour, and the mobile's. */
export type Kind = { main: FakePstnOutcome | 'do-not-call'; mobile?: FakePstnOutcome };
const KINDS: Kind[] = [
  { main: 'human' },
  { main: 'machine' },
  { main: 'busy' },
  { main: 'noAnswer' },
  { main: 'rejected' },
  { main: 'busy', mobile: 'human' },
  { main: 'do-not-call', mobile: 'rejected' },
  { main: 'machine' },
  { main: 'noAnswer' },
  { main: 'human' },
];

/** A fake PSTN number unique to the contact: the prefix carries its index, the last digits its behaviour. */
const numberFor = (index: number, slot: number, outcome: FakePstnOutcome) =>
  fakePstnNumber(outcome, outcome === 'human' ? 20 : 0, `55${slot}${String(index).padStart(4, '0')}`);

/** A trunk to the fake PSTN and a route for the test's numbers (55...). */
export async function createRouteToFakePstn(orm: Orm, pstnPort: number): Promise<OutboundRoute> {
  const em = orm.em.fork();
  const trunk = em.create(Trunk, {
    name: unique('dialer'),
    maxChannels: 40,
    sipDetails: fakePstnTrunkDetails(pstnPort),
  } as Trunk);
  const route = em.create(OutboundRoute, {
    name: unique('dialer-route'),
    position: -randomInt(3000, 900_000),
    ringSeconds: 30,
    dialOptions: '',
    patterns: [{ prefix: null, prepend: null, pattern: '55X.' }],
    trunkIds: [trunk.id],
  } as OutboundRoute);
  await em.flush();
  return route;
}

/** 200 contacts of mixed behaviours (KINDS, in turn); returns each contact's kind. */
export async function createContacts(
  orm: Orm,
  database: ContactDatabase,
  doNotCall: DoNotCallList,
  { count = CONTACTS, mix = KINDS }: { count?: number; mix?: Kind[] } = {},
): Promise<Map<string, Kind>> {
  const em = orm.em.fork();
  const kinds = new Map<string, Kind>();
  const blocked: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = mix[index % mix.length]!;
    const main = kind.main === 'do-not-call' ? numberFor(index, 0, 'human') : numberFor(index, 0, kind.main);
    if (kind.main === 'do-not-call') blocked.push(main);
    const data: Record<string, string> = { phone: main, name: `contact ${index}` };
    if (kind.mobile) data['mobile'] = numberFor(index, 1, kind.mobile);
    const contact = em.create(Contact, {
      database: em.getReference(ContactDatabase, database.id),
      phone: main,
      data,
      // Distinct creation times: the hopper walks the database in this order.
      createdAt: new Date(Date.now() - (count - index) * 1000),
    } as Contact);
    kinds.set(contact.id, kind);
  }
  await em.flush();
  for (const phone of blocked) await blockNumber(orm, doNotCall, phone);
  return kinds;
}

/** An ACTIVE dialer campaign (RATIO pacing, AMD, the retry rules under test) over the database. */
export async function dialerCampaign(
  orm: Orm,
  agentIds: string[],
  database: ContactDatabase,
  route: OutboundRoute,
): Promise<Campaign> {
  const created = await createCampaign(orm, { agentIds, outboundRouteId: route.id });
  const em = orm.em.fork();
  const campaign = await em.findOneOrFail(Campaign, created.id);
  campaign.type = CampaignType.DIALER;
  campaign.contactDatabase = em.getReference(ContactDatabase, database.id);
  campaign.outboundCallerId = '5551000';
  Object.assign(campaign.queue, {
    pacing: DialerPacing.RATIO,
    dialRatio: 5,
    maxChannels: 20,
    dialTimeoutSeconds: 5,
    amdEnabled: true,
    machineAudio: 'beep',
    safeHarbourAudio: 'beep',
    autoUnpauseSeconds: 1,
    ringSeconds: 5,
    retrySeconds: 0,
    wrapUpSeconds: 0,
  });
  for (const [outcome, retryAfterSeconds, max] of RULES) {
    em.create(RetryRule, { campaign, outcome, retryAfterSeconds, maxAttempts: max } as RetryRule);
  }
  campaign.state = CampaignState.ACTIVE;
  await em.flush();
  return campaign;
}

/** Per call: [contactId, phone, DIAL time, end time]. */
export async function dialsFromLog(orm: Orm, campaignId: string) {
  const events = await orm.em.fork().find(CallEvent, { campaignId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  const calls = new Map<
    string,
    { contactId: string | null; phone: string | null; dialAt?: number; endAt?: number; types: string[] }
  >();
  for (const event of events) {
    const call = calls.get(event.callId) ?? { contactId: event.contactId, phone: null, types: [] };
    calls.set(event.callId, call);
    call.types.push(event.type);
    call.contactId ??= event.contactId;
    if (event.type === 'DIAL') {
      call.dialAt = event.occurredAt.getTime();
      call.phone = event.phone;
    }
    if (
      [
        'NOANSWER',
        'BUSY',
        'CANCEL',
        'CHANUNAVAIL',
        'CONGESTION',
        'FAIL',
        'COMPLETEAGENT',
        'COMPLETEOUTNUM',
        'ABANDON',
        'EXITWITHTIMEOUT',
      ].includes(event.type)
    ) {
      call.endAt ??= event.occurredAt.getTime();
    }
  }
  return [...calls.entries()].filter(([, call]) => call.dialAt !== undefined);
}
