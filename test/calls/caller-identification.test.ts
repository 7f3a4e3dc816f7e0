import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioFile, type Campaign } from '@switchboard/schema';
import {
  audioHostDirectory,
  callPlatform,
  campaignQueueName,
  destinationContext,
  getVar,
  playDtmf,
  soundsHostDirectory,
  type AmiEventBase,
} from '@switchboard/telephony';
import { addContact, createDatabase } from '../support/contact-factory.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import {
  agentLeg,
  applyConfiguration,
  createSipAgent,
  inboundCampaign,
  openBench,
  startAgent,
  uniqueCaller,
  uniqueDid,
  type InCallBench,
} from './in-call-harness.js';

let bench: InCallBench;
let crm: Server;
let crmUrl: string;
const crmRequests: { path: string; userAgent: string | undefined; body: string }[] = [];
const audioFiles: string[] = [];
let routed: Campaign;

/** The CRM: one path per behaviour (the node's crmUrl picks it). */
const CRM_REPLIES: Record<string, (reply: (status: number, body: string) => void) => void> = {
  '/true': (reply) => reply(200, '{"status":"ok","destination":"true"}'),
  '/false': (reply) => reply(200, '{"status":"ok","destination":"false"}'),
  '/route': (reply) => reply(200, JSON.stringify({ status: 'ok', destination: `1,${routed.id}` })),
  '/500': (reply) => reply(500, 'Internal Server Error'),
  '/slow': (reply) => setTimeout(() => reply(200, '{"status":"ok","destination":"true"}'), 3_000),
  '/garbage': (reply) => reply(200, '{"status":"ok", destination: tru'),
};

beforeAll(async () => {
  bench = await openBench();
  crm = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      crmRequests.push({ path: request.url ?? '', userAgent: request.headers['user-agent'], body });
      CRM_REPLIES[request.url ?? '']?.((status, text) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}`;
  ({ campaign: routed } = await inboundCampaign(bench, []));
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  crm?.closeAllConnections();
  await new Promise((resolve) => crm?.close(resolve));
  await Promise.all(audioFiles.map((file) => rm(file, { force: true })));
  await bench?.close();
});

async function promptAudio(): Promise<string> {
  const em = bench.orm.em.fork();
  const audio = Object.assign(new AudioFile(), {
    name: `prompt-${randomUUID()}`,
    originalFileName: 'prompt.gsm',
    sizeBytes: 1,
    durationSeconds: 1,
  });
  await em.persist(audio).flush();
  await mkdir(audioHostDirectory(bench.config), { recursive: true });
  const file = join(audioHostDirectory(bench.config), `audio-${audio.id}.gsm`);
  audioFiles.push(file);
  await copyFile(join(soundsHostDirectory(bench.config), 'en_US_f_Allison', 'hello.gsm'), file);
  return audio.id;
}

const CREATE_NODE =
  'mutation ($input: CreateCallerIdentificationInput!) { createCallerIdentification(input: $input) { id } }';
const CREATE_ROUTE = 'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }';
const gql = (query: string, variables: Record<string, unknown>) =>
  graphql<Record<string, { id: string }>>(bench.api.url, query, variables, bench.admin);

const campaignRef = (campaign: Campaign) => ({ type: 'CAMPAIGN', id: campaign.id });

/** A node between a new DID and two new campaigns (identified / not identified). */
async function identificationFlow(input: Record<string, unknown>, agents: Parameters<typeof inboundCampaign>[1] = []) {
  const database = await createDatabase(bench.orm);
  const [identified, notIdentified] = [
    await inboundCampaign(bench, agents, { database }),
    await inboundCampaign(bench, []),
  ];
  const created = ok(
    await gql(CREATE_NODE, {
      input: {
        name: `identify ${randomUUID()}`,
        promptAudioId: await promptAudio(),
        expectedLength: 4,
        inputTimeoutSeconds: 5,
        contactDatabaseId: database.id,
        identifiedDestination: campaignRef(identified.campaign),
        notIdentifiedDestination: campaignRef(notIdentified.campaign),
        ...input,
      },
    }),
  );
  const nodeId = created.createCallerIdentification!.id;
  const did = uniqueDid();
  ok(
    await gql(CREATE_ROUTE, {
      input: { name: `route ${did}`, did, destination: { type: 'CALLER_IDENTIFICATION', id: nodeId } },
    }),
  );
  return { nodeId, did, database, identified: identified.campaign, notIdentified: notIdentified.campaign };
}

const fromCaller = (event: AmiEventBase, caller: string) => event['calleridnum'] === caller;

function queueJoin(campaign: Campaign, caller: string) {
  const queue = campaignQueueName(campaign.id);
  return pollUntil(
    () =>
      bench.recorder.events.find(
        (event) => event.event === 'QueueCallerJoin' && event['queue'] === queue && fromCaller(event, caller),
      ),
    (event) => event !== undefined,
    { timeoutMs: 25_000, what: `the caller ${caller} in ${queue}` },
  );
}

/** The caller waits for the prompt (Read in the node's context), then keys in the id over RTP, digit by digit. */
async function keyIn(nodeId: string, did: string, caller: string, digits: string): Promise<void> {
  const find = (matches: (event: AmiEventBase) => boolean, what: string) =>
    pollUntil(
      () => bench.recorder.events.find((event) => fromCaller(event, caller) && matches(event)),
      (event) => event !== undefined,
      { timeoutMs: 15_000, what },
    );
  await find(
    (e) =>
      e.event === 'Newexten' &&
      e['context'] === destinationContext('CALLER_IDENTIFICATION', nodeId) &&
      e['application'] === 'Read',
    'the prompt',
  );
  const dial = await find(
    (e) => e.event === 'DialBegin' && String(e['channel']).startsWith(`Local/${did}@`),
    'the fake PSTN dialling',
  );
  const carrierLeg = String(dial!['destchannel']);
  for (const [index, digit] of [...digits].entries()) {
    await playDtmf(bench.ami, { channel: carrierLeg, digit, durationMs: 120 });
    // The platform heard this digit before the next is sent: no two tones overlap.
    await pollUntil(
      () =>
        bench.recorder.events.filter(
          (e) => e.event === 'DTMFEnd' && e['direction'] === 'Received' && fromCaller(e, caller),
        ).length,
      (count) => count > index,
      { timeoutMs: 5_000, what: `digit ${index + 1} received` },
    );
  }
}

describe('caller identification from the fake PSTN', () => {
  it('CRM says true: the caller reaches the identified campaign and the agent gets the contact', async () => {
    const agent = await createSipAgent(bench.orm, bench.api.url);
    const flow = await identificationFlow(
      { interaction: 'CRM_IDENTIFIES', crmUrl: `${crmUrl}/true`, crmTimeoutSeconds: 2 },
      [agent],
    );
    const contact = await addContact(bench.orm, flow.database, { customer_id: '4711' });
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const caller = uniqueCaller();
    const since = performance.now();
    await callPlatform(bench.ami, { did: flow.did, callerId: caller, talkSeconds: 40 });
    await keyIn(flow.nodeId, flow.did, caller, '4711');
    const leg = await agentLeg(bench, agent, since);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CONTACT_ID' })).toBe(contact.id);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_IDENTIFICATION' })).toBe('4711');
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CAMPAIGN_ID' })).toBe(flow.identified.id);
    expect(crmRequests.at(-1)).toEqual({ path: '/true', userAgent: 'OMniLeads', body: 'idContact=4711' });
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });

  it('CRM answers X,Y: the caller goes to the destination the CRM names', async () => {
    const flow = await identificationFlow({ interaction: 'CRM_ROUTES', crmUrl: `${crmUrl}/route` });
    await applyConfiguration(bench);
    const caller = uniqueCaller();
    await callPlatform(bench.ami, { did: flow.did, callerId: caller, talkSeconds: 30 });
    await keyIn(flow.nodeId, flow.did, caller, '1234');
    const joined = await queueJoin(routed, caller);
    await bench.ami.send({ action: 'Hangup', channel: String(joined!['channel']) });
  });

  it.each([
    ['false', '/false', 'CRM_IDENTIFIES'],
    ['HTTP 500', '/500', 'CRM_IDENTIFIES'],
    ['slower than its timeout', '/slow', 'CRM_ROUTES'],
    ['garbage JSON', '/garbage', 'CRM_ROUTES'],
  ])('CRM %s: the caller goes to the not-identified destination', async (_name, path, interaction) => {
    const flow = await identificationFlow({ interaction, crmUrl: `${crmUrl}${path}`, crmTimeoutSeconds: 1 });
    await applyConfiguration(bench);
    const caller = uniqueCaller();
    const since = performance.now();
    await callPlatform(bench.ami, { did: flow.did, callerId: caller, talkSeconds: 30 });
    await keyIn(flow.nodeId, flow.did, caller, '9876');
    const joined = await queueJoin(flow.notIdentified, caller);
    expect(performance.now() - since).toBeLessThan(15_000);
    expect(await getVar(bench.ami, { channel: String(joined!['channel']), variable: 'SB_CONTACT_ID' })).toBe('');
    await bench.ami.send({ action: 'Hangup', channel: String(joined!['channel']) });
  });

  it("identifies by the caller's number without a CRM, finding the contact by phone", async () => {
    const flow = await identificationFlow({ interaction: 'NONE', source: 'CALLER_NUMBER', promptAudioId: null });
    const caller = uniqueCaller();
    const contact = await addContact(bench.orm, flow.database, { phone: caller });
    await applyConfiguration(bench);
    await callPlatform(bench.ami, { did: flow.did, callerId: caller, talkSeconds: 30 });
    const joined = await queueJoin(flow.identified, caller);
    const channel = String(joined!['channel']);
    expect(await getVar(bench.ami, { channel, variable: 'SB_CONTACT_ID' })).toBe(contact.id);
    await bench.ami.send({ action: 'Hangup', channel });
  });

  it('sends a caller who keys in nothing to the not-identified destination', async () => {
    const flow = await identificationFlow({ interaction: 'NONE', inputTimeoutSeconds: 1, attempts: 2 });
    await applyConfiguration(bench);
    const caller = uniqueCaller();
    await callPlatform(bench.ami, { did: flow.did, callerId: caller, talkSeconds: 30 });
    const joined = await queueJoin(flow.notIdentified, caller);
    await bench.ami.send({ action: 'Hangup', channel: String(joined!['channel']) });
  });

  it('refuses a node without what it needs to run', async () => {
    const database = await createDatabase(bench.orm);
    const base = {
      name: `bad ${randomUUID()}`,
      interaction: 'CRM_IDENTIFIES',
      crmUrl: `${crmUrl}/true`,
      promptAudioId: await promptAudio(),
      contactDatabaseId: database.id,
      identifiedDestination: { type: 'HANGUP', id: null },
      notIdentifiedDestination: { type: 'HANGUP', id: null },
    };
    failed(await gql(CREATE_NODE, { input: { ...base, crmUrl: null } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_NODE, { input: { ...base, crmUrl: 'ftp://crm.example/x' } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_NODE, { input: { ...base, promptAudioId: null } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_NODE, { input: { ...base, crmTimeoutSeconds: 11 } }), 'BAD_USER_INPUT');
    failed(
      await gql(CREATE_NODE, { input: { ...base, identifiedDestination: { type: 'IVR', id: randomUUID() } } }),
      'NOT_FOUND',
    );
  });
});
