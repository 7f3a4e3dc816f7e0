import { randomInt, randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AudioFile,
  BuiltInRole,
  CustomDialplan,
  Campaign,
  CampaignState,
  CampaignType,
  type Orm,
} from '@switchboard/schema';
import {
  INBOUND_CONTACT_AGI_SCRIPT,
  applyTelephonyConfiguration,
  audioHostDirectory,
  callPlatform,
  campaignQueueName,
  clearTelephonyConfiguration,
  destinationAgiHandlers,
  destinationContext,
  getVar,
  runCliCommand,
  inboundContactHandler,
  playDtmf,
  soundsHostDirectory,
  startFastAgiServer,
  type AmiClient,
  type AmiEventBase,
  type FastAgiServer,
  type TelephonyConfig,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { createCampaign } from '../support/telephony-factory.js';
import { holdDatabaseConfiguration } from './database-configuration-lock.js';
import { recordEvents } from './event-recorder.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';
import { testTelephonyConfig } from './test-telephony-config.js';

let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let agi: FastAgiServer;
let admin: string;
let recorder: ReturnType<typeof recordEvents>;
let releaseConfiguration: (() => Promise<void>) | undefined;
const audioFiles: string[] = [];

beforeAll(async () => {
  pbx = await ensurePbx();
  config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '14581' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi()]);
  recorder = recordEvents(ami);
  agi = await startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([[INBOUND_CONTACT_AGI_SCRIPT, inboundContactHandler(orm)], ...destinationAgiHandlers(orm)]),
    },
    pbx.logger,
  );
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await Promise.all(audioFiles.map((file) => rm(file, { force: true })));
  if (orm) await orm.em.fork().nativeUpdate(CustomDialplan, { singleton: true }, { content: '' });
  await agi?.close();
  await ami?.close();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

const uniqueDid = () => `5559${randomInt(100_000, 999_999)}`;
const uniqueCaller = () => `12${randomInt(10_000_000, 99_999_999)}`;
const apply = () => applyTelephonyConfiguration(orm, ami, config, pbx.logger);
const gql = (query: string, variables: Record<string, unknown>) => graphql(api.url, query, variables, admin);

const campaignRef = (campaign: Campaign) => ({ type: 'CAMPAIGN', id: campaign.id });
const HANGUP = { type: 'HANGUP', id: null };

async function inboundCampaign(): Promise<Campaign> {
  const campaign = await createCampaign(orm, { state: CampaignState.ACTIVE });
  await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { type: CampaignType.INBOUND });
  return campaign;
}

/** An audio as the audio domain leaves it: a row, and a file in Asterisk's sounds folder. */
async function audio(): Promise<string> {
  const id = randomUUID();
  await orm.em.fork().insert(AudioFile, {
    id,
    name: `prompt ${id}`,
    originalFileName: 'hello.wav',
    sizeBytes: 1,
    durationSeconds: 1,
  } as AudioFile);
  await mkdir(audioHostDirectory(config), { recursive: true });
  // The prompts' language folders are symbolic links inside the chroot; this one is not.
  const file = join(audioHostDirectory(config), `audio-${id}.gsm`);
  audioFiles.push(file);
  await copyFile(join(soundsHostDirectory(config), 'en_US_f_Allison', 'hello.gsm'), file);
  return id;
}

const CREATE_ROUTE = 'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }';
const CREATE_IVR = 'mutation ($input: CreateIvrInput!) { createIvr(input: $input) { id } }';
const CREATE_GROUP = 'mutation ($input: CreateTimeGroupInput!) { createTimeGroup(input: $input) { id } }';
const CREATE_CONDITION =
  'mutation ($input: CreateTimeConditionInput!) { createTimeCondition(input: $input) { id timeGroup { id } } }';
const UPDATE_CONDITION =
  'mutation ($id: ID!, $input: UpdateTimeConditionInput!) { updateTimeCondition(id: $id, input: $input) { id } }';

async function route(destination: { type: string; id: string | null }, extra: Record<string, unknown> = {}) {
  const did = uniqueDid();
  ok(await gql(CREATE_ROUTE, { input: { name: `route ${did}`, did, destination, ...extra } }));
  return did;
}

async function ivr(input: Record<string, unknown>): Promise<string> {
  const main = await audio();
  const created = ok(
    await gql(CREATE_IVR, {
      input: {
        name: `menu ${randomUUID()}`,
        mainAudioId: main,
        timeoutSeconds: 2,
        timeoutRetries: 0,
        timeoutDestination: HANGUP,
        invalidRetries: 0,
        invalidDestination: HANGUP,
        options: [],
        ...input,
      },
    }),
  );
  return (created.createIvr as { id: string }).id;
}

const fromCaller = (event: AmiEventBase, caller: string) => event['calleridnum'] === caller;

/** The caller's channel joining a campaign's queue. */
function queueJoin(campaign: Campaign, caller: string) {
  const queue = campaignQueueName(campaign.id);
  return pollUntil(
    () => recorder.events.find((e) => e.event === 'QueueCallerJoin' && e['queue'] === queue && fromCaller(e, caller)),
    (event) => event !== undefined,
    { timeoutMs: 20_000, what: `the caller ${caller} in ${queue}` },
  );
}

/** The call reached an application in a destination's context. */
function reached(context: string, application: string, caller: string) {
  return pollUntil(
    () =>
      recorder.events.find(
        (e) =>
          e.event === 'Newexten' &&
          e['context'] === context &&
          e['application'] === application &&
          fromCaller(e, caller),
      ),
    (event) => event !== undefined,
    { timeoutMs: 15_000, what: `${application} in ${context} for ${caller}` },
  );
}

/**
 * The customer presses a key: the fake PSTN's carrier leg (the channel its Local caller
 * dialled the DID with) sends it over RTP, as a phone would.
 */
async function press(did: string, caller: string, digit: string): Promise<void> {
  const dial = await pollUntil(
    () =>
      recorder.events.find(
        (e) => e.event === 'DialBegin' && String(e['channel']).startsWith(`Local/${did}@`) && fromCaller(e, caller),
      ),
    (event) => event !== undefined,
    { timeoutMs: 15_000, what: `the fake PSTN dialling ${did}` },
  );
  await playDtmf(ami, { channel: String(dial!['destchannel']), digit, durationMs: 200 });
}

async function hangUp(event: AmiEventBase | undefined): Promise<void> {
  await ami.send({ action: 'Hangup', channel: String(event!['channel']) }).catch(() => undefined);
}

describe('inbound call flows through destinations', () => {
  it('route -> IVR -> a key -> the campaign of that option, with the route language', async () => {
    const [sales, support] = await Promise.all([inboundCampaign(), inboundCampaign()]);
    const ivrId = await ivr({
      timeoutSeconds: 10,
      options: [
        { digit: '1', destination: campaignRef(sales) },
        { digit: '2', destination: campaignRef(support) },
      ],
    });
    // A language the PBX has prompts for (its sounds folder), other than the default.
    const did = await route({ type: 'IVR', id: ivrId }, { language: 'en_US' });
    await apply();
    const caller = uniqueCaller();
    await callPlatform(ami, { did, callerId: caller, talkSeconds: 20 });
    await reached(destinationContext('IVR', ivrId), 'WaitExten', caller);
    await press(did, caller, '2');
    const joined = await queueJoin(support, caller);
    const channel = String(joined!['channel']);
    expect(await getVar(ami, { channel, variable: 'CHANNEL(language)' })).toBe('en_US');
    expect(await getVar(ami, { channel, variable: 'SB_CAMPAIGN_ID' })).toBe(support.id);
    expect(await getVar(ami, { channel, variable: 'SB_PHONE' })).toBe(caller);
    expect(
      recorder.events.some(
        (e) => e.event === 'QueueCallerJoin' && fromCaller(e, caller) && e['queue'] === campaignQueueName(sales.id),
      ),
    ).toBe(false);
    await hangUp(joined);
  });

  it('sends a caller who presses nothing to the timeout destination, and a wrong key to the invalid one', async () => {
    const [onTimeout, onInvalid, menuOption] = await Promise.all([
      inboundCampaign(),
      inboundCampaign(),
      inboundCampaign(),
    ]);
    const ivrId = await ivr({
      timeoutSeconds: 1,
      timeoutRetries: 1,
      timeoutAudioId: await audio(),
      timeoutDestination: campaignRef(onTimeout),
      invalidDestination: campaignRef(onInvalid),
      options: [{ digit: '1', destination: campaignRef(menuOption) }],
    });
    const did = await route({ type: 'IVR', id: ivrId });
    await apply();

    const silent = uniqueCaller();
    await callPlatform(ami, { did, callerId: silent, talkSeconds: 20 });
    const timedOut = await queueJoin(onTimeout, silent);
    // One retry: the menu was played twice before giving up.
    const menus = recorder.events.filter(
      (e) => e.event === 'Newexten' && e['application'] === 'BackGround' && fromCaller(e, silent),
    );
    expect(menus.length).toBe(2);
    await hangUp(timedOut);

    const wrong = uniqueCaller();
    await callPlatform(ami, { did, callerId: wrong, talkSeconds: 20 });
    await reached(destinationContext('IVR', ivrId), 'WaitExten', wrong);
    await press(did, wrong, '7');
    await hangUp(await queueJoin(onInvalid, wrong));
  });

  it('hangs up a call whose route sends it to HANGUP', async () => {
    const did = await route(HANGUP);
    // A change to the graph alone rewrites extensions.conf and reloads the dialplan, nothing else.
    expect(await apply()).toMatchObject({ changedFiles: ['extensions.conf'], reloads: ['dialplan reload'] });
    await callPlatform(ami, { did, callerId: uniqueCaller(), talkSeconds: 5 });
    const hangup = await pollUntil(
      () =>
        recorder.events.find(
          (e) => e.event === 'Hangup' && e['context'] === 'switchboard-from-trunk' && e['exten'] === did,
        ),
      (event) => event !== undefined,
      { timeoutMs: 15_000, what: `the hang-up of ${did}` },
    );
    expect(hangup!['cause']).toBe('16');
  });

  it('sends callers whose number starts with a route prefix by that route, the others by the plain one', async () => {
    const [known, everyone] = await Promise.all([inboundCampaign(), inboundCampaign()]);
    const did = uniqueDid();
    ok(await gql(CREATE_ROUTE, { input: { name: `all ${did}`, did, destination: campaignRef(everyone) } }));
    ok(
      await gql(CREATE_ROUTE, {
        input: { name: `prefix ${did}`, did, callerIdPrefix: '12', destination: campaignRef(known) },
      }),
    );
    await apply();
    const prefixed = uniqueCaller();
    const other = `13${randomInt(10_000_000, 99_999_999)}`;
    await callPlatform(ami, { did, callerId: prefixed, talkSeconds: 10 });
    await callPlatform(ami, { did, callerId: other, talkSeconds: 10 });
    await hangUp(await queueJoin(known, prefixed));
    await hangUp(await queueJoin(everyone, other));
  });

  it('sends calls by a time condition: the match branch while the group matches, the other branch when not', async () => {
    const [open, closed] = await Promise.all([inboundCampaign(), inboundCampaign()]);
    // Two hours around now in UTC: Kolkata (UTC+05:30) is then outside it.
    const hour = (offset: number) => `${String((new Date().getUTCHours() + 24 + offset) % 24).padStart(2, '0')}:00`;
    const group = ok(
      await gql(CREATE_GROUP, {
        input: { name: `hours ${randomUUID()}`, rules: [{ startTime: hour(-1), endTime: hour(2) }] },
      }),
    ).createTimeGroup as { id: string };
    const condition = ok(
      await gql(CREATE_CONDITION, {
        input: {
          name: `open ${randomUUID()}`,
          timeGroupId: group.id,
          timeZone: 'UTC',
          matchDestination: campaignRef(open),
          otherwiseDestination: campaignRef(closed),
        },
      }),
    ).createTimeCondition as { id: string };
    const did = await route({ type: 'TIME_CONDITION', id: condition.id });
    await apply();

    const during = uniqueCaller();
    await callPlatform(ami, { did, callerId: during, talkSeconds: 10 });
    await hangUp(await queueJoin(open, during));

    ok(await gql(UPDATE_CONDITION, { id: condition.id, input: { timeZone: 'Asia/Kolkata' } }));
    const outside = uniqueCaller();
    await callPlatform(ami, { did, callerId: outside, talkSeconds: 10 });
    await hangUp(await queueJoin(closed, outside));
  });
});

const UPDATE_DIALPLAN =
  'mutation ($input: UpdateCustomDialplanInput!) { updateCustomDialplan(input: $input) { content } }';
const CUSTOM_DIALPLAN = '{ customDialplan { content } }';
const CREATE_CUSTOM =
  'mutation ($input: CreateCustomDestinationInput!) { createCustomDestination(input: $input) { id } }';

describe('custom destinations and the custom dialplan', () => {
  const context = `cust-${randomInt(100_000, 999_999)}`;
  const good = `; ours\n[${context}]\nexten => s,1,NoOp(custom)\n same => n,Wait(30)\n`;

  it('loads the administrators dialplan and sends calls into it, or to the failover when it is not there', async () => {
    ok(await gql(UPDATE_DIALPLAN, { input: { content: good } }));
    expect(ok(await gql(CUSTOM_DIALPLAN, {})).customDialplan).toEqual({ content: good });
    const fallback = await inboundCampaign();
    const reachable = ok(
      await gql(CREATE_CUSTOM, {
        input: { name: `c ${randomUUID()}`, context, failoverDestination: campaignRef(fallback) },
      }),
    ).createCustomDestination as { id: string };
    const nowhere = ok(
      await gql(CREATE_CUSTOM, {
        input: { name: `c ${randomUUID()}`, context: `${context}-none`, failoverDestination: campaignRef(fallback) },
      }),
    ).createCustomDestination as { id: string };
    const [did, otherDid] = [
      await route({ type: 'CUSTOM', id: reachable.id }),
      await route({ type: 'CUSTOM', id: nowhere.id }),
    ];
    await apply();

    const caller = uniqueCaller();
    await callPlatform(ami, { did, callerId: caller, talkSeconds: 10 });
    await hangUp(await reached(context, 'NoOp', caller));
    const lost = uniqueCaller();
    await callPlatform(ami, { did: otherDid, callerId: lost, talkSeconds: 10 });
    await hangUp(await queueJoin(fallback, lost));
  });

  it('rolls back a file Asterisk does not load, and reports the contexts it missed', async () => {
    ok(await gql(UPDATE_DIALPLAN, { input: { content: good } }));
    const broken = `[${context}-broken]\nexten => s\n`;
    const error = failed(await gql(UPDATE_DIALPLAN, { input: { content: broken } }), 'BAD_USER_INPUT');
    expect(error.extensions?.['reason']).toBe('CUSTOM_DIALPLAN_REJECTED');
    expect(error.extensions?.['details']).toEqual({ missing: [`${context}-broken`] });
    expect(ok(await gql(CUSTOM_DIALPLAN, {})).customDialplan).toEqual({ content: good });
    // Asterisk has the previous content again.
    const shown = (await runCliCommand(ami, `dialplan show ${context}`)).join('\n');
    expect(shown).toContain('NoOp(custom)');
  });

  it('takes concurrent saves in turn: a rejected one never puts back what it read over a later save', async () => {
    ok(await gql(UPDATE_DIALPLAN, { input: { content: good } }));
    const broken = `[${context}-late]\nexten => s\n`;
    const next = `[${context}]\nexten => s,1,NoOp(next)\n`;
    const [rejected, saved] = await Promise.all([
      gql(UPDATE_DIALPLAN, { input: { content: broken } }),
      gql(UPDATE_DIALPLAN, { input: { content: next } }),
    ]);
    failed(rejected, 'BAD_USER_INPUT');
    ok(saved);
    expect(ok(await gql(CUSTOM_DIALPLAN, {})).customDialplan).toEqual({ content: next });
    expect((await runCliCommand(ami, `dialplan show ${context}`)).join('\n')).toContain('NoOp(next)');
  });

  it.each([
    ['an #exec directive', '#exec /bin/id'],
    ['a context of the generated configuration', '[switchboard-from-trunk]\nexten => 5550,1,Hangup()'],
  ])('refuses %s before Asterisk sees it', async (_what, content) => {
    const error = failed(await gql(UPDATE_DIALPLAN, { input: { content } }), 'BAD_USER_INPUT');
    expect(error.extensions?.['reason']).toBe('CUSTOM_DIALPLAN_INVALID');
  });

  it('refuses a custom destination into a Switchboard context or with a Goto-breaking extension', async () => {
    const input = { name: `c ${randomUUID()}`, failoverDestination: HANGUP };
    failed(await gql(CREATE_CUSTOM, { input: { ...input, context: 'switchboard-from-trunk' } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_CUSTOM, { input: { ...input, context: 'a,b' } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_CUSTOM, { input: { ...input, context: 'ok', extension: 's)' } }), 'BAD_USER_INPUT');
  });
});
