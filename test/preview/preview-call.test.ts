import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  AgentGroup,
  AgentSessionService,
  AgentStateStore,
  Campaign,
  CampaignType,
  OutboundRoute,
  PreviewAssignment,
  PreviewAssignmentStatus,
  Trunk,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import {
  fakePstnTrunkDetails,
  AmiAgentTelephony,
  DNC_AGI_SCRIPT,
  amiClientOptions,
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  doNotCallHandler,
  fakePstnNumber,
  startFastAgiServer,
  startTestPhone,
  type AmiClient,
  type FastAgiServer,
  type TelephonyConfig,
  type TestPhone,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createSipAgent } from '../support/agent-factory.js';
import { unique } from '../support/factories.js';
import { ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';
import { loggedEvents, testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';
import { addContacts, COLUMNS } from './preview-scenario.js';
import { caller, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';

/*
 * A preview contact called on the real Asterisk: the agent's SIP test phone answers, the fake
 * carrier answers as a person, and the call-event log carries the contact.
 */

const CALL = `mutation ($id: ID!, $column: String) {
  callPreviewContact(assignmentId: $id, phoneColumn: $column) {
    callId phone assignment { id status attempts reservedUntil }
  }
}`;
const NEXT = `mutation ($campaignId: ID!) { nextPreviewContact(campaignId: $campaignId) { assignment { id } contact { id } } }`;

let pbx: TestPbx;
let config: TelephonyConfig;
let api: ApiServer;
let orm: Orm;
let ami: AmiClient;
let agi: FastAgiServer;
let bus: EventBus;
let redis: Redis;
let worker: CallEventsWorker;
let phone: TestPhone | undefined;
let releaseConfiguration: (() => Promise<void>) | undefined;

beforeAll(async () => {
  pbx = await ensurePbx();
  config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '4673' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  ({ api, orm } = await openTestApi());
  ami = await pbx.connectAmi();
  agi = await startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([[DNC_AGI_SCRIPT, doNotCallHandler(orm)]]),
    },
    pbx.logger,
  );
  bus = testEventBus();
  redis = new Redis(inject('redisUrl'));
  const logger = pino({ level: pbx.config.LOG_LEVEL });
  worker = startCallEventsWorker({
    config: testWorkersConfig(`preview-call-events-${unique('w')}`),
    amiOptions: await amiClientOptions(pbx.config, logger),
    orm,
    events: bus,
    logger,
  });
  await pollUntil(() => worker.active()?.ami.connected, Boolean, { timeoutMs: 20_000, what: 'the worker to lead' });
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await phone?.stop();
  if (ami) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await worker?.close();
  await agi?.close();
  await ami?.close();
  await bus?.close();
  redis?.disconnect();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

describe('calling a preview contact', () => {
  it('dials the reserved contact from the agent’s phone; the call-event log carries the contact', async () => {
    const em = orm.em.fork();
    const group = em.create(AgentGroup, { name: unique('group') } as AgentGroup);
    const trunk = em.create(Trunk, {
      name: unique('preview'),
      maxChannels: 10,
      sipDetails: fakePstnTrunkDetails(config.PBX_PSTN_PORT),
    } as Trunk);
    const route = em.create(OutboundRoute, {
      name: unique('preview-route'),
      position: -3000,
      ringSeconds: 20,
      dialOptions: '',
      patterns: [{ prefix: null, prepend: null, pattern: '5XXXXXX' }],
      trunkIds: [trunk.id],
    } as OutboundRoute);
    await em.flush();
    const created = await createSipAgent(orm, api.url, group);
    const asAgent = caller(api.url, created.token);

    const database = await createDatabase(orm, {
      columns: COLUMNS,
      phoneColumns: ['phone', 'mobile'],
      externalIdColumn: null,
    });
    const mobile = fakePstnNumber('human', 2);
    const [contact] = await addContacts(orm, database, {
      contacts: 1,
      phone: () => fakePstnNumber('busy'),
      mobile: () => mobile,
    });
    const campaign = await createCampaign(orm, { type: CampaignType.PREVIEW, database, agents: [created.user] });
    await em.nativeUpdate(Campaign, { id: campaign.id }, { outboundRoute: route.id });
    await createOption(orm, campaign);
    await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    phone = await startTestPhone(
      config,
      { name: String(created.sipExtension), password: created.sipSecret, talkSeconds: 3, answerAfterMs: 300 },
      pbx.logger,
    );
    // The agent logs in; its phone registration is what the agent-state worker would report.
    ok(await asAgent('mutation { agentLogin { state } }'));
    const sessions = new AgentSessionService({
      store: new AgentStateStore(redis, inject('redisPrefix')),
      telephony: new AmiAgentTelephony(ami),
      events: api.events,
      logger: pbx.logger,
    });
    await sessions.phoneRegistration(orm.em.fork(), created.agentId, true);

    const delivered = ok(await asAgent(NEXT, { campaignId: campaign.id })).nextPreviewContact;
    expect(delivered.contact.id).toBe(contact!.id);
    const placed = ok(await asAgent(CALL, { id: delivered.assignment.id, column: 'mobile' })).callPreviewContact;
    // The extra number the agent clicked, not the main phone.
    expect(placed.phone).toBe(mobile);
    expect(placed.assignment).toMatchObject({ status: 'DELIVERED', attempts: 1, reservedUntil: null });

    const events = await pollUntil(
      () => loggedEvents(orm, placed.callId),
      (logged) => logged.length > 0 && logged.every((event) => event.contactId === contact!.id),
      { timeoutMs: 30_000, intervalMs: 200, what: 'the call in the call-event log' },
    );
    expect(events[0]).toMatchObject({ campaignId: campaign.id, contactId: contact!.id });
    const row = await orm.em.fork().findOneOrFail(PreviewAssignment, delivered.assignment.id);
    expect(row.status).toBe(PreviewAssignmentStatus.DELIVERED);
  });
});
