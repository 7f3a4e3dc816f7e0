import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { inject } from 'vitest';
import {
  AgentProfile,
  AgentSessionService,
  AgentState,
  AgentStateStore,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  EventBus,
  type ContactDatabase,
  type Orm,
} from '@switchboard/schema';
import {
  AmiAgentTelephony,
  DNC_AGI_SCRIPT,
  INBOUND_CONTACT_AGI_SCRIPT,
  CALLER_IDENTIFICATION_AGI_SCRIPT,
  callerIdentificationHandler,
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  doNotCallHandler,
  getVar,
  inboundContactHandler,
  startFastAgiServer,
  startTestPhone,
  type AmiClient,
  type FastAgiServer,
  type TelephonyConfig,
  type TestPhone,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createDatabase, createCampaign } from '../support/contact-factory.js';
import {
  createAgentGroup,
  createSipAgent as createAgentWithSipPhone,
  type GroupSettings,
} from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { ensurePbx, type TestPbx } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';

/** Everything an inbound-call test file opens once: Asterisk, the api, FastAGI, an admin. */
export interface InCallBench {
  pbx: TestPbx;
  config: TelephonyConfig;
  ami: AmiClient;
  api: ApiServer;
  orm: Orm;
  admin: string;
  recorder: ReturnType<typeof recordEvents>;
  /** Plays the lead's agent-states worker: the agent's live state follows its calls. */
  sessions: AgentSessionService;
  phones: TestPhone[];
  close(): Promise<void>;
}

export async function openBench(): Promise<InCallBench> {
  const pbx = await ensurePbx();
  const config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '14575' });
  const release = await holdDatabaseConfiguration(config);
  const [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi()]);
  const recorder = recordEvents(ami);
  const agi: FastAgiServer = await startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([
        [DNC_AGI_SCRIPT, doNotCallHandler(orm)],
        [INBOUND_CONTACT_AGI_SCRIPT, inboundContactHandler(orm)],
        [CALLER_IDENTIFICATION_AGI_SCRIPT, callerIdentificationHandler(orm)],
      ]),
    },
    pbx.logger,
  );
  const redis = new Redis(inject('redisUrl'));
  const logger = pino({ level: 'silent' });
  const events = new EventBus(inject('redisUrl'), inject('redisPrefix'));
  const sessions = new AgentSessionService({
    store: new AgentStateStore(redis, inject('redisPrefix')),
    telephony: new AmiAgentTelephony(ami),
    events,
    logger,
  });
  const admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
  const phones: TestPhone[] = [];
  return {
    pbx,
    config,
    ami,
    api,
    orm,
    admin,
    recorder,
    sessions,
    phones,
    async close() {
      recorder.stop();
      await Promise.all(phones.map((phone) => phone.stop()));
      if (!process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
      await agi.close();
      await ami.close();
      redis.disconnect();
      await events.close();
      await closeTestApi(api, orm);
      await release();
    },
  };
}

export interface SipAgent {
  agentId: string;
  extension: number;
  token: string;
  password: string;
}

/** An agent with a SIP (UDP) phone, in a group of its own with these settings. */
export async function createSipAgent(orm: Orm, url: string, group: GroupSettings = {}): Promise<SipAgent> {
  const agent = await createAgentWithSipPhone(orm, url, await createAgentGroup(orm, group));
  return { agentId: agent.agentId, extension: agent.sipExtension, token: agent.token, password: agent.sipSecret };
}

export const uniqueDid = () => `5558${randomInt(100_000, 999_999)}`;
export const uniqueCaller = () => `11${randomInt(10_000_000, 99_999_999)}`;

const CREATE_ROUTE = 'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }';

/** An active inbound campaign with a contact database, these agents, and a DID. */
export async function inboundCampaign(
  bench: InCallBench,
  agents: SipAgent[],
  options: { autoAttend?: boolean | null; database?: ContactDatabase } = {},
) {
  const { orm } = bench;
  const database = options.database ?? (await createDatabase(orm));
  const campaign = await createCampaign(orm, { type: CampaignType.INBOUND, database, agents: [] });
  const em = orm.em.fork();
  for (const agent of agents) {
    const assignment = new CampaignAgent();
    assignment.campaign = em.getReference(Campaign, campaign.id);
    assignment.agent = em.getReference(AgentProfile, agent.agentId);
    em.persist(assignment);
  }
  await em.flush();
  if (options.autoAttend !== undefined) {
    await em.nativeUpdate(Campaign, { id: campaign.id }, { queue: { autoAttend: options.autoAttend } });
  }
  const did = uniqueDid();
  ok(
    await graphql(
      bench.api.url,
      CREATE_ROUTE,
      { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
      bench.admin,
    ),
  );
  return { campaign, database, did };
}

export const applyConfiguration = (bench: InCallBench) =>
  applyTelephonyConfiguration(bench.orm, bench.ami, bench.config, bench.pbx.logger);

/** Registers the agent's SIP phone (auto-answering, long talk) and logs the agent in. */
export async function startAgent(bench: InCallBench, agent: SipAgent, talkSeconds = 300): Promise<TestPhone> {
  const phone = await startTestPhone(
    bench.config,
    { name: String(agent.extension), password: agent.password, talkSeconds },
    bench.pbx.logger,
  );
  bench.phones.push(phone);
  await bench.recorder.waitFor(
    'ContactStatus',
    (event) => event.aor === String(agent.extension) && event.uri.endsWith(`:${phone.contactPort}`),
  );
  const login = await graphql<{ agentLogin: { state: AgentState } }>(
    bench.api.url,
    'mutation { agentLogin { state } }',
    {},
    agent.token,
  );
  ok(login);
  return phone;
}

/** The agent's leg of a call: the queue (or a transfer) dialing its phone. */
export async function agentLeg(bench: InCallBench, agent: SipAgent, after = 0): Promise<string> {
  const dial = await bench.recorder.waitFor(
    'DialBegin',
    (event) =>
      String(event.destchannel).startsWith(`PJSIP/${agent.extension}-`) &&
      (event as unknown as { receivedAt: number }).receivedAt > after,
    20_000,
  );
  return dial.destchannel;
}

/** What the lead's worker does with the agent leg's events: RINGING, then ON_CALL, with its ids. */
export async function markConnected(bench: InCallBench, agent: SipAgent, channel: string) {
  const read = (variable: string) => getVar(bench.ami, { channel, variable });
  const [callId, campaignId, contactId, phone] = await Promise.all([
    read('SB_CALL_ID'),
    read('SB_CAMPAIGN_ID'),
    read('SB_CONTACT_ID'),
    read('SB_PHONE'),
  ]);
  const call = { callId, campaignId: campaignId || null, contactId: contactId || null, phone: phone || null };
  const em = bench.orm.em.fork();
  await bench.sessions.callStarted(em, agent.agentId, AgentState.RINGING, call);
  await bench.sessions.callConnected(em, agent.agentId, call);
  return call;
}
