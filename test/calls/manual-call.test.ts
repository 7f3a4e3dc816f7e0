import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import {
  AgentGroup,
  AgentSessionService,
  AgentStateStore,
  AgentProfile,
  Campaign,
  CampaignState,
  Contact,
  DoNotCallList,
  OutboundRoute,
  Trunk,
  type Orm,
} from '@switchboard/schema';
import {
  fakePstnTrunkDetails,
  AmiAgentTelephony,
  BLACKLIST_USER_EVENT,
  DNC_AGI_SCRIPT,
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  doNotCallHandler,
  eventCallVariables,
  fakePstnNumber,
  startFastAgiServer,
  startTestPhone,
  type AmiClient,
  type AmiEventBase,
  type FastAgiServer,
  type TelephonyConfig,
  type TestPhone,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { createSipAgent } from '../support/agent-factory.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { addContact, createCampaign, createDatabase } from '../support/contact-factory.js';
import { unique } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { blockNumber } from '../telephony/telephony-database-fixtures.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';

const DIAL = `mutation ($input: DialManualInput!) { dialManual(input: $input) { callId campaignId contactId phone } }`;
const CALL_AGENT = `mutation ($agentId: ID!) { callAgent(agentId: $agentId) { callId campaignId contactId phone } }`;
const CANDIDATES = `query ($campaignId: ID!, $phone: String!) { manualCallCandidates(campaignId: $campaignId, phone: $phone) { id phone data } }`;
const MY_STATE = '{ myAgentState { state callId callCampaignId contactId phone } }';
const CALLER_ID = '5559876';

interface Placed {
  callId: string;
  campaignId: string | null;
  contactId: string | null;
  phone: string;
}

interface SipAgent {
  token: string;
  agentId: string;
  extension: string;
  phone: TestPhone;
}

let pbx: TestPbx;
let config: TelephonyConfig;
let api: ApiServer;
let orm: Orm;
let ami: AmiClient;
let agi: FastAgiServer;
let recorder: ReturnType<typeof recordEvents>;
let releaseConfiguration: (() => Promise<void>) | undefined;
let redis: Redis;
/** Stands in for the agent-state worker: phone registrations and call ends. */
let sessions: AgentSessionService;
let group: AgentGroup;
let agent: SipAgent;
let colleague: SipAgent;
let campaign: Campaign;
let otherCampaign: Campaign;
let campaignTrunk: Trunk;
let firstTrunk: Trunk;
let doNotCall: DoNotCallList;
let database: Awaited<ReturnType<typeof createDatabase>>;

const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = agent.token) =>
  graphql<T>(api.url, query, variables, token);

async function sipAgent(): Promise<SipAgent> {
  const created = await createSipAgent(orm, api.url, group);
  return {
    token: created.token,
    agentId: created.agentId,
    extension: String(created.sipExtension),
    phone: undefined as never,
  };
}

async function registerPhone(target: SipAgent): Promise<void> {
  const profile = await orm.em.fork().findOneOrFail(AgentProfile, { id: target.agentId });
  target.phone = await startTestPhone(
    pbx.config,
    { name: target.extension, password: profile.sipSecret, talkSeconds: 3 },
    pbx.logger,
  );
}

async function createTrunkAndRoute(name: string, position: number): Promise<[Trunk, OutboundRoute]> {
  const em = orm.em.fork();
  const trunk = em.create(Trunk, {
    name: unique(name),
    maxChannels: 10,
    sipDetails: fakePstnTrunkDetails(config.PBX_PSTN_PORT),
  } as Trunk);
  const route = em.create(OutboundRoute, {
    name: unique(`${name}-route`),
    position,
    ringSeconds: 20,
    dialOptions: '',
    patterns: [{ prefix: null, prepend: null, pattern: '5XXXXXX' }],
    trunkIds: [trunk.id],
  } as OutboundRoute);
  await em.flush();
  return [trunk, route];
}

const ofCall = (callId: string) => (event: AmiEventBase) => eventCallVariables(event).SB_CALL_ID === callId;
const channelOf = (event: AmiEventBase) => String(event['channel'] ?? '');

/** The DialBegin of the call's customer leg, and the Newchannel of the agent's phone before it. */
async function customerLeg(callId: string, trunk: Trunk) {
  const dial = await recorder.waitFor(
    'DialBegin',
    (event) => ofCall(callId)(event) && String(event['destchannel']).startsWith(`PJSIP/${trunk.name}-`),
    20_000,
  );
  return dial as AmiEventBase & { receivedAt: number };
}

/** The agent's leg hung up: its phone is free for the next test. */
async function callEnded(callId: string, extension = agent.extension) {
  await recorder.waitFor(
    'Hangup',
    (event) => ofCall(callId)(event) && channelOf(event).startsWith(`PJSIP/${extension}-`),
    30_000,
  );
}

/** What the agent-state worker (not running here) does once the agent's leg hung up unanswered. */
async function resetAgent(target: SipAgent = agent) {
  await sessions.callEnded(orm.em.fork(), target.agentId, false);
}

async function dial(input: Record<string, unknown>): Promise<Placed> {
  return ok(await gql<{ dialManual: Placed }>(DIAL, { input })).dialManual;
}

beforeAll(async () => {
  pbx = await ensurePbx();
  config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '4673' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  ({ api, orm } = await openTestApi());
  ami = await pbx.connectAmi();
  recorder = recordEvents(ami);
  agi = await startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([[DNC_AGI_SCRIPT, doNotCallHandler(orm)]]),
    },
    pbx.logger,
  );
  redis = new Redis(inject('redisUrl'));
  sessions = new AgentSessionService({
    store: new AgentStateStore(redis, inject('redisPrefix')),
    telephony: new AmiAgentTelephony(ami),
    events: api.events,
    logger: pbx.logger,
  });
  const em = orm.em.fork();
  group = em.create(AgentGroup, { name: unique('group') } as AgentGroup);
  doNotCall = em.create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
  await em.flush();
  agent = await sipAgent();
  colleague = await sipAgent();
  // The first route matches the same numbers: a campaign call must still take the campaign's.
  [firstTrunk] = await createTrunkAndRoute('first', -2000);
  const [trunk, route] = await createTrunkAndRoute('campaign', -1999);
  campaignTrunk = trunk;
  database = await createDatabase(orm, {
    columns: ['phone', 'mobile', 'name', 'secret_note'],
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: null,
  });
  const users = await em.find(AgentProfile, { id: agent.agentId }, { populate: ['user'] });
  campaign = await createCampaign(orm, { database, agents: [users[0]!.user], hidden: ['secret_note'] });
  otherCampaign = await createCampaign(orm, { database });
  await em.nativeUpdate(
    Campaign,
    { id: { $in: [campaign.id, otherCampaign.id] } },
    { outboundRoute: route.id, outboundCallerId: CALLER_ID },
  );
  await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
  await registerPhone(agent);
  await registerPhone(colleague);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await agent?.phone?.stop();
  await colleague?.phone?.stop().catch(() => undefined);
  recorder?.stop();
  if (ami) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await agi?.close();
  await ami?.close();
  redis?.disconnect();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

describe('manual calls', () => {
  it('refuses an agent that is not logged in', async () => {
    const result = await gql(DIAL, { input: { campaignId: campaign.id, phone: fakePstnNumber('human', 1) } });
    expect(failed(result, 'CONFLICT').extensions?.['reason']).toBe('AGENT_SESSION_NOT_LOGGED_IN');
    for (const target of [agent, colleague]) {
      ok(await gql('mutation { agentLogin { state } }', {}, target.token));
      await sessions.phoneRegistration(orm.em.fork(), target.agentId, true);
    }
    expect(ok(await gql<{ myAgentState: { state: string } }>(MY_STATE)).myAgentState.state).toBe('READY');
  });

  it('rings the agent first, then the customer by the campaign route with its caller id', async () => {
    const phone = fakePstnNumber('human', 1);
    const placed = await dial({ campaignId: campaign.id, phone });
    expect(placed).toMatchObject({ campaignId: campaign.id, contactId: null, phone });
    const state = ok(await gql<{ myAgentState: Record<string, unknown> }>(MY_STATE)).myAgentState;
    expect(state).toMatchObject({ state: 'DIALING', callId: placed.callId, callCampaignId: campaign.id, phone });
    // A second call while this one is placed is refused.
    const again = await gql(DIAL, { input: { campaignId: campaign.id, phone } });
    expect(failed(again, 'CONFLICT').extensions?.['reason']).toBe('AGENT_SESSION_ON_A_CALL');

    const dialBegin = await customerLeg(placed.callId, campaignTrunk);
    // The caller is the agent's phone, which answered before the customer was dialed.
    expect(channelOf(dialBegin)).toMatch(new RegExp(`^PJSIP/${agent.extension}-`));
    const agentAnswer = recorder.find(
      'Newstate',
      (event) => channelOf(event) === channelOf(dialBegin) && event['channelstatedesc'] === 'Up',
    );
    expect(agentAnswer?.receivedAt).toBeLessThanOrEqual(dialBegin.receivedAt);
    expect(dialBegin['destconnectedlinenum']).toBe(CALLER_ID);
    expect(eventCallVariables(dialBegin, 'dest')).toMatchObject({
      SB_CALL_ID: placed.callId,
      SB_CAMPAIGN_ID: campaign.id,
      SB_AGENT_ID: agent.agentId,
      SB_PHONE: phone,
    });
    expect(eventCallVariables(dialBegin, 'dest').SB_CONTACT_ID).toBeUndefined();
    await recorder.waitFor(
      'DialEnd',
      (event) => ofCall(placed.callId)(event) && event['dialstatus'] === 'ANSWER',
      20_000,
    );
    await callEnded(placed.callId);
    await resetAgent();
  });

  it('places one call when the agent dials twice at once', async () => {
    const phone = fakePstnNumber('human', 1, '5557');
    const results = await Promise.all(
      [0, 1].map(() => gql<{ dialManual: Placed }>(DIAL, { input: { campaignId: campaign.id, phone } })),
    );
    const placed = results.filter((result) => !result.errors).map((result) => result.data!.dialManual);
    expect(placed).toHaveLength(1);
    const refused = results.find((result) => result.errors)!;
    expect(failed(refused, 'CONFLICT').extensions?.['reason']).toBe('AGENT_SESSION_ON_A_CALL');
    await customerLeg(placed[0]!.callId, campaignTrunk);
    await callEnded(placed[0]!.callId);
    await resetAgent();
  });

  it('blocks a number on a do-not-call list', async () => {
    const phone = fakePstnNumber('human', 1, '5551');
    await blockNumber(orm, doNotCall, phone);
    const placed = await dial({ campaignId: campaign.id, phone });
    const blocked = await recorder.waitFor(
      'UserEvent',
      (event) => event.userevent === BLACKLIST_USER_EVENT && event['sb_call_id'] === placed.callId,
      20_000,
    );
    expect(blocked['sb_campaign_id']).toBe(campaign.id);
    await callEnded(placed.callId);
    expect(recorder.find('DialBegin', (event) => ofCall(placed.callId)(event))).toBeUndefined();
    await resetAgent();
  });

  it('validates the number, the campaign and the route, naming the field', async () => {
    const badPhone = failed(
      await gql(DIAL, { input: { campaignId: campaign.id, phone: 'call me' } }),
      'BAD_USER_INPUT',
    );
    expect(badPhone.extensions?.['details']).toMatchObject({ field: 'phone' });
    const noRoute = failed(await gql(DIAL, { input: { campaignId: campaign.id, phone: '123' } }), 'BAD_USER_INPUT');
    expect(noRoute.extensions?.['reason']).toBe('AGENT_CALL_NO_MATCHING_ROUTE');
    // A campaign the agent is not assigned to is outside its scope: not found, as for lists.
    const notAssigned = failed(
      await gql(DIAL, { input: { campaignId: otherCampaign.id, phone: fakePstnNumber('human', 1) } }),
      'NOT_FOUND',
    );
    expect(notAssigned.extensions?.['details']).toMatchObject({ field: 'campaignId' });
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { state: CampaignState.FINISHED });
    try {
      const finished = await gql(DIAL, { input: { campaignId: campaign.id, phone: fakePstnNumber('human', 1) } });
      expect(failed(finished, 'CONFLICT').extensions?.['reason']).toBe('AGENT_CALL_CAMPAIGN_NOT_ACTIVE');
    } finally {
      await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { state: CampaignState.ACTIVE });
    }
    const both = await gql(DIAL, {
      input: { campaignId: campaign.id, phone: '5550011', contactId: campaign.id, createContact: { name: 'x' } },
    });
    expect(failed(both, 'BAD_USER_INPUT').extensions?.['details']).toMatchObject({ field: 'createContact' });
    // Nothing was placed: the agent is still free.
    expect(ok(await gql<{ myAgentState: { state: string } }>(MY_STATE)).myAgentState.state).toBe('READY');
  });

  it('offers the contacts with the number in any phone column, without hidden fields', async () => {
    const number = '5552233';
    const byMain = await addContact(orm, database, { phone: number, name: 'Main', secret_note: 'vip' });
    const byMobile = await addContact(orm, database, { phone: '5552299', mobile: number, name: 'Mobile' });
    await addContact(orm, database, { phone: '5552288', name: 'Other' });
    const result = await gql<{ manualCallCandidates: Array<{ id: string; data: Record<string, string> }> }>(
      CANDIDATES,
      { campaignId: campaign.id, phone: '555-22 33' },
    );
    const candidates = ok(result).manualCallCandidates;
    expect(candidates.map((contact) => contact.id).sort()).toEqual([byMain.id, byMobile.id].sort());
    expect(candidates.every((contact) => !('secret_note' in contact.data))).toBe(true);
    const invalid = failed(await gql(CANDIDATES, { campaignId: campaign.id, phone: 'x' }), 'BAD_USER_INPUT');
    expect(invalid.extensions?.['details']).toMatchObject({ field: 'phone' });
    const refused = await gql(CANDIDATES, { campaignId: otherCampaign.id, phone: number });
    expect(failed(refused, 'NOT_FOUND').extensions?.['details']).toMatchObject({ field: 'campaignId' });
  });

  it('calls an offered contact on another of its phone columns', async () => {
    const mobile = fakePstnNumber('human', 1, '5553');
    const contact = await addContact(orm, database, { phone: '5553300', mobile, name: 'Two phones' });
    const placed = await dial({ campaignId: campaign.id, contactId: contact.id, phoneColumn: 'mobile' });
    expect(placed).toMatchObject({ contactId: contact.id, phone: mobile });
    const dialBegin = await customerLeg(placed.callId, campaignTrunk);
    expect(String(dialBegin['dialstring'])).toContain(mobile);
    expect(eventCallVariables(dialBegin, 'dest')).toMatchObject({ SB_CONTACT_ID: contact.id, SB_PHONE: mobile });
    await callEnded(placed.callId);
    await resetAgent();

    const hidden = await gql(DIAL, { input: { campaignId: campaign.id, contactId: contact.id, phoneColumn: 'name' } });
    expect(failed(hidden, 'BAD_USER_INPUT').extensions?.['details']).toMatchObject({ field: 'phoneColumn' });
  });

  it('creates a new contact for the number and calls it', async () => {
    const phone = fakePstnNumber('human', 1, '5554');
    const placed = await dial({ campaignId: campaign.id, phone, createContact: { name: 'Newcomer' } });
    expect(placed.contactId).toEqual(expect.any(String));
    const contact = await orm.em.fork().findOneOrFail(Contact, { id: placed.contactId! });
    expect(contact.data).toEqual({ phone, name: 'Newcomer' });
    const dialBegin = await customerLeg(placed.callId, campaignTrunk);
    expect(eventCallVariables(dialBegin, 'dest').SB_CONTACT_ID).toBe(contact.id);
    await callEnded(placed.callId);
    await resetAgent();
  });

  it('calls out of campaign only when the group allows it, by the first matching route', async () => {
    const phone = fakePstnNumber('human', 1, '5555');
    const refused = failed(await gql(DIAL, { input: { phone } }), 'FORBIDDEN');
    expect(refused.extensions?.['reason']).toBe('AGENT_CALL_OUT_OF_CAMPAIGN_NOT_ALLOWED');
    await orm.em.fork().nativeUpdate(AgentGroup, { id: group.id }, { allowOutOfCampaignCalls: true });
    const placed = await dial({ phone });
    expect(placed).toMatchObject({ campaignId: null, contactId: null, phone });
    const dialBegin = await customerLeg(placed.callId, firstTrunk);
    expect(eventCallVariables(dialBegin, 'dest')).toMatchObject({ SB_AGENT_ID: agent.agentId, SB_PHONE: phone });
    expect(eventCallVariables(dialBegin, 'dest').SB_CAMPAIGN_ID).toBeUndefined();
    await callEnded(placed.callId);
    await resetAgent();
  });

  it('calls another logged-in agent when the group allows it', async () => {
    const placed = ok(await gql<{ callAgent: Placed }>(CALL_AGENT, { agentId: colleague.agentId })).callAgent;
    expect(placed).toMatchObject({ campaignId: null, phone: colleague.extension });
    const dialBegin = await recorder.waitFor(
      'DialBegin',
      (event) =>
        ofCall(placed.callId)(event) && String(event['destchannel']).startsWith(`PJSIP/${colleague.extension}-`),
      20_000,
    );
    expect(channelOf(dialBegin)).toMatch(new RegExp(`^PJSIP/${agent.extension}-`));
    expect(dialBegin['destconnectedlinenum']).toBe(agent.extension);
    await callEnded(placed.callId);
    await resetAgent();

    const self = failed(await gql(CALL_AGENT, { agentId: agent.agentId }), 'BAD_USER_INPUT');
    expect(self.extensions?.['details']).toMatchObject({ field: 'targetAgentId' });
    await gql('mutation { agentLogout { state } }', {}, colleague.token);
    const offline = failed(await gql(CALL_AGENT, { agentId: colleague.agentId }), 'CONFLICT');
    expect(offline.extensions?.['reason']).toBe('AGENT_CALL_AGENT_NOT_AVAILABLE');
    await orm.em.fork().nativeUpdate(AgentGroup, { id: group.id }, { allowAgentToAgentCalls: false });
    const refused = failed(await gql(CALL_AGENT, { agentId: colleague.agentId }), 'FORBIDDEN');
    expect(refused.extensions?.['reason']).toBe('AGENT_CALL_AGENT_TO_AGENT_NOT_ALLOWED');
  });

  it("leaves DIALING by itself when the agent's phone cannot be reached", async () => {
    ok(await gql('mutation { agentLogin { state } }', {}, colleague.token));
    await sessions.phoneRegistration(orm.em.fork(), colleague.agentId, true);
    // Gone without the platform noticing (no agent-state worker here): the state still says registered.
    await colleague.phone.stop();
    const result = await gql<{ dialManual: Placed }>(
      DIAL,
      { input: { phone: fakePstnNumber('human', 1, '5556') } },
      colleague.token,
    );
    if (result.errors) expect(result.errors[0]!.extensions?.['reason']).toBe('AGENT_CALL_TELEPHONY_UNAVAILABLE');
    await pollUntil(
      async () => ok(await gql<{ myAgentState: { state: string } }>(MY_STATE, {}, colleague.token)).myAgentState,
      (state) => state.state === 'READY',
      { timeoutMs: 15_000, what: 'the agent back to READY' },
    );
  });
});
