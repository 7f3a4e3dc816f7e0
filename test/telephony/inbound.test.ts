import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignState, CampaignType, Campaign, type Orm } from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  callPlatform,
  campaignQueueName,
  clearTelephonyConfiguration,
  getVar,
  runCliCommand,
  type AmiClient,
  type AmiEventBase,
  type TelephonyConfig,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { createCampaign, setCampaignState } from '../support/telephony-factory.js';
import { holdDatabaseConfiguration } from './database-configuration-lock.js';
import { recordEvents } from './event-recorder.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';
import { testTelephonyConfig } from './test-telephony-config.js';

let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let admin: string;
let recorder: ReturnType<typeof recordEvents>;
let releaseConfiguration: (() => Promise<void>) | undefined;

beforeAll(async () => {
  pbx = await ensurePbx();
  config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '14574' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi()]);
  recorder = recordEvents(ami);
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await ami?.close();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

const CREATE_ROUTE =
  'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id did destination { type id } } }';

const uniqueDid = () => `5557${randomInt(100_000, 999_999)}`;
const routeInput = (did: string, campaignId: string) => ({
  name: `route ${did}`,
  did,
  destination: { type: 'CAMPAIGN', id: campaignId },
});
const uniqueCaller = () => `11${randomInt(10_000_000, 99_999_999)}`;

async function inboundCampaign(state = CampaignState.ACTIVE): Promise<Campaign> {
  const campaign = await createCampaign(orm, { state });
  await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { type: CampaignType.INBOUND });
  return campaign;
}

/**
 * The platform's side of the customer's call: the channel that arrived on a trunk for the DID.
 * Matched by context, not by trunk name: other test files' trunks to the fake PSTN (same address,
 * same database) may be the endpoint Asterisk identifies the carrier's call with.
 */
const fromTrunk = (event: AmiEventBase, did: string) =>
  event['context'] === 'switchboard-from-trunk' && event['exten'] === did;

const apply = () => applyTelephonyConfiguration(orm, ami, config, pbx.logger);

describe('inbound calls from the fake PSTN', () => {
  it('enter the queue of the live inbound campaign their DID is mapped to, with the contract variables', async () => {
    const campaign = await inboundCampaign();
    const did = uniqueDid();
    const caller = uniqueCaller();
    const route = ok(await graphql(api.url, CREATE_ROUTE, { input: routeInput(did, campaign.id) }, admin));
    expect(route.createInboundRoute).toMatchObject({ did, destination: { type: 'CAMPAIGN', id: campaign.id } });
    await apply();

    await callPlatform(ami, { did, callerId: caller, talkSeconds: 10 });
    const queue = campaignQueueName(campaign.id);
    const joined = await pollUntil(
      () => recorder.events.find((event) => event.event === 'QueueCallerJoin' && event['queue'] === queue),
      (event) => event !== undefined,
      { timeoutMs: 15_000, what: `a QueueCallerJoin in ${queue}` },
    );
    expect(joined!['calleridnum']).toBe(caller);
    const channel = String(joined!['channel']);
    expect(await getVar(ami, { channel, variable: 'SB_CAMPAIGN_ID' })).toBe(campaign.id);
    expect(await getVar(ami, { channel, variable: 'SB_PHONE' })).toBe(caller);
    expect(await getVar(ami, { channel, variable: 'SB_CALL_ID' })).not.toBe('');
    const shown = (await runCliCommand(ami, `queue show ${queue}`)).join('\n');
    expect(shown).toContain(channel);
    await runCliCommand(ami, `channel request hangup ${channel}`);
  });

  it('refuses a DID that is not mapped with cause 1 (unallocated)', async () => {
    const did = uniqueDid();
    await callPlatform(ami, { did, callerId: uniqueCaller() });
    const hangup = await recorder.waitFor('Hangup', (event) => fromTrunk(event, did));
    expect(hangup.cause).toBe('1');
  });

  it('refuses the DID of an inbound campaign that is not active', async () => {
    const campaign = await inboundCampaign();
    const did = uniqueDid();
    ok(await graphql(api.url, CREATE_ROUTE, { input: routeInput(did, campaign.id) }, admin));
    await setCampaignState(orm, campaign.id, CampaignState.PAUSED);
    await apply();
    await callPlatform(ami, { did, callerId: uniqueCaller() });
    const hangup = await recorder.waitFor('Hangup', (event) => fromTrunk(event, did));
    expect(hangup.cause).toBe('1');
    expect(recorder.events.some((event) => event.event === 'QueueCallerJoin' && event['exten'] === did)).toBe(false);
  });

  it('maps DIDs to inbound campaigns only', async () => {
    const manual = await createCampaign(orm, { state: CampaignState.ACTIVE });
    failed(
      await graphql(api.url, CREATE_ROUTE, { input: routeInput(uniqueDid(), manual.id) }, admin),
      'BAD_USER_INPUT',
    );
  });
});
