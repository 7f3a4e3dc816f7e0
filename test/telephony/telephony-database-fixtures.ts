import { createSocket } from 'node:dgram';
import { randomUUID } from 'node:crypto';
import {
  BuiltInRole,
  Campaign,
  DoNotCallList,
  DoNotCallNumber,
  OutboundRoute,
  Trunk,
  phoneKey,
  type Orm,
} from '@switchboard/schema';
import { fakePstnTrunkDetails, type TelephonyConfig } from '@switchboard/telephony';
import { createUser } from '../support/factories.js';
import { createCampaign } from '../support/telephony-factory.js';

/** A UDP port nothing listens on: free a moment ago, so SIP sent there goes unanswered. */
export async function closedUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** Media on loopback like the rest of the test PBX (pbx-runtime checks nothing binds wider). */
const LOOPBACK_MEDIA = ['endpoint/media_address=127.0.0.1', 'endpoint/bind_rtp_to_media_address=yes'];

/** A trunk to the fake carrier, as an administrator would enter it. */
const carrier = (config: TelephonyConfig) => ({ sipDetails: fakePstnTrunkDetails(config.PBX_PSTN_PORT) });

export interface TelephonyFixture {
  /** Dial `${routePrefix}<number>` in the routes context to go out by the test route. */
  routePrefix: string;
  /** Dial `${singleLinePrefix}<number>`: a route whose only trunk takes one call at a time. */
  singleLinePrefix: string;
  deadTrunk: Trunk;
  pstnTrunk: Trunk;
  agentExtension: string;
  recordedCampaign: Campaign;
  doNotCallList: DoNotCallList;
}

/**
 * A route whose first trunk points at a closed port (qualified, so Asterisk knows it is down)
 * and whose second trunk reaches the fake carrier; an agent; a recorded campaign; a list.
 */
export async function createTelephonyFixture(orm: Orm, config: TelephonyConfig): Promise<TelephonyFixture> {
  const suffix = randomUUID().slice(0, 8);
  const em = orm.em.fork();
  const deadTrunk = em.create(Trunk, {
    name: `dead-${suffix}`,
    maxChannels: 10,
    sipDetails: [
      `remote_hosts=127.0.0.1:${await closedUdpPort()}`,
      'aor/qualify_frequency=1',
      'aor/qualify_timeout=0.5',
      'endpoint/allow=ulaw',
      ...LOOPBACK_MEDIA,
    ].join('\n'),
  } as Trunk);
  const pstnTrunk = em.create(Trunk, { ...carrier(config), name: `pstn-${suffix}`, maxChannels: 10 } as Trunk);
  const singleLineTrunk = em.create(Trunk, { ...carrier(config), name: `single-${suffix}`, maxChannels: 1 } as Trunk);
  em.create(OutboundRoute, {
    name: `single-line-${suffix}`,
    position: -999,
    ringSeconds: 20,
    dialOptions: '',
    patterns: [{ prefix: '87', prepend: null, pattern: 'XXXXXXX' }],
    trunkIds: [singleLineTrunk.id],
  } as OutboundRoute);
  em.create(OutboundRoute, {
    name: `route-${suffix}`,
    // Before any route other test files create.
    position: -1000,
    ringSeconds: 20,
    dialOptions: '',
    patterns: [{ prefix: '88', prepend: null, pattern: 'XXXXXXX' }],
    trunkIds: [deadTrunk.id, pstnTrunk.id],
  } as OutboundRoute);
  const doNotCallList = em.create(DoNotCallList, { name: `dnc-${suffix}` } as DoNotCallList);
  await em.flush();
  const agent = await createUser(orm, BuiltInRole.AGENT);
  const recordedCampaign = await createCampaign(orm);
  await em.nativeUpdate(Campaign, { id: recordedCampaign.id }, { recordCalls: true });
  return {
    routePrefix: '88',
    singleLinePrefix: '87',
    deadTrunk,
    pstnTrunk,
    agentExtension: String(agent.user.agentProfile!.sipExtension),
    recordedCampaign,
    doNotCallList,
  };
}

/** Lists the number as addDoNotCallNumbers would store it (its phoneKey). */
export async function blockNumber(orm: Orm, list: DoNotCallList, phone: string): Promise<void> {
  const em = orm.em.fork();
  const key = phoneKey(phone) ?? phone;
  em.create(DoNotCallNumber, { list: em.getReference(DoNotCallList, list.id), phone: key } as DoNotCallNumber);
  await em.flush();
}
