import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioFile, Campaign } from '@switchboard/schema';
import {
  CallTracker,
  audioHostDirectory,
  callPlatform,
  campaignQueueName,
  runCliCommand,
  soundsHostDirectory,
  type AmiEventBase,
} from '@switchboard/telephony';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { applyConfiguration, inboundCampaign, openBench, uniqueCaller, type InCallBench } from './in-call-harness.js';

let bench: InCallBench;
const audioFiles: string[] = [];

beforeAll(async () => {
  bench = await openBench();
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(audioFiles.map((file) => rm(file, { force: true })));
  await bench?.close();
});

const UPDATE =
  'mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id queue { queueTimeoutSeconds maxCalls failover { type id } entryAnnouncementAudioId } } }';

const updateQueue = (campaignId: string, queue: Record<string, unknown>) =>
  graphql(bench.api.url, UPDATE, { id: campaignId, input: { queue } }, bench.admin);

/** An audio of ~8 s in Asterisk's sounds folder, as an uploaded one would be (GSM frames concatenate). */
async function longAudio(): Promise<string> {
  const em = bench.orm.em.fork();
  const audio = Object.assign(new AudioFile(), {
    name: `welcome-${Date.now()}`,
    originalFileName: 'welcome.gsm',
    sizeBytes: 1,
    durationSeconds: 8,
  });
  await em.persist(audio).flush();
  const prompt = await readFile(`${soundsHostDirectory(bench.config)}/en_US_f_Allison/vm-nobodyavail.gsm`);
  await mkdir(audioHostDirectory(bench.config), { recursive: true });
  const file = `${audioHostDirectory(bench.config)}/audio-${audio.id}.gsm`;
  await writeFile(file, Buffer.concat([prompt, prompt, prompt]));
  audioFiles.push(file);
  return audio.id;
}

type Seen = AmiEventBase & { receivedAt: number };

/** The first AMI event received after `after` (performance.now()) that matches. */
const seen = (what: string, after: number, matches: (event: Seen) => boolean) =>
  pollUntil(
    () => (bench.recorder.events as Seen[]).find((event) => event.receivedAt > after && matches(event)),
    (event) => event !== undefined,
    { timeoutMs: 20_000, what },
  ) as Promise<Seen>;

const queueEvent = (name: string, queue: string, after = 0) =>
  seen(`${name} in ${queue}`, after, (event) => event.event === name && event['queue'] === queue);

/** The call-event log's view of what the recorder saw: the normalizer the call-events worker runs. */
function callEvents(): ReturnType<CallTracker['handle']> {
  const tracker = new CallTracker(() => Date.now());
  return bench.recorder.events.flatMap((event) => tracker.handle(event));
}

describe('inbound queue settings on the real Asterisk', () => {
  it('sends a caller whose maximum wait ran out to the failover destination', async () => {
    const { campaign, did } = await inboundCampaign(bench, []);
    const { campaign: overflow } = await inboundCampaign(bench, []);
    const updated = ok(
      await updateQueue(campaign.id, { queueTimeoutSeconds: 3, failover: { type: 'CAMPAIGN', id: overflow.id } }),
    );
    expect(updated.updateCampaign.queue).toMatchObject({
      queueTimeoutSeconds: 3,
      failover: { type: 'CAMPAIGN', id: overflow.id },
    });
    await applyConfiguration(bench);

    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const joined = await queueEvent('QueueCallerJoin', campaignQueueName(campaign.id), since);
    const moved = await queueEvent('QueueCallerJoin', campaignQueueName(overflow.id), since);
    expect(moved['channel']).toBe(joined['channel']);
    const waited = (moved.receivedAt - joined.receivedAt) / 1000;
    expect(waited).toBeGreaterThanOrEqual(2.5);
    expect(waited).toBeLessThan(8);
    const logged = callEvents().filter((event) => event.data['queue'] === campaignQueueName(campaign.id));
    // app_queue reports a timeout as QueueCallerAbandon too: the log must say timeout, not abandon.
    expect(logged.map((event) => event.type)).toEqual(['ENTERQUEUE', 'EXITWITHTIMEOUT']);
    await runCliCommand(bench.ami, `channel request hangup ${String(moved['channel'])}`);
  });

  it('sends a caller who finds the queue full (maximum callers) to the failover at once', async () => {
    const { campaign, did } = await inboundCampaign(bench, []);
    const { campaign: overflow } = await inboundCampaign(bench, []);
    ok(await updateQueue(campaign.id, { maxCalls: 1, failover: { type: 'CAMPAIGN', id: overflow.id } }));
    await applyConfiguration(bench);
    const params = (await runCliCommand(bench.ami, `queue show ${campaignQueueName(campaign.id)}`)).join('\n');
    expect(params).toMatch(/has 0 calls \(max 1\)/);

    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const first = await queueEvent('QueueCallerJoin', campaignQueueName(campaign.id), since);
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const second = await queueEvent('QueueCallerJoin', campaignQueueName(overflow.id), since);
    expect(second['channel']).not.toBe(first['channel']);
    for (const event of [first, second])
      await runCliCommand(bench.ami, `channel request hangup ${String(event['channel'])}`);
  });

  it('plays the welcome before the queue; a caller who hangs up during it is ABANDONWEL', async () => {
    const { campaign, did } = await inboundCampaign(bench, []);
    const welcome = await longAudio();
    ok(await updateQueue(campaign.id, { entryAnnouncementAudioId: welcome }));
    await applyConfiguration(bench);

    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 2 });
    const hangup = await seen(
      'the caller hanging up during the welcome',
      since,
      (event) => event.event === 'Hangup' && event['context'] === `sb-dest-campaign-${campaign.id}`,
    );
    expect(
      bench.recorder.events.some(
        (event) => event.event === 'QueueCallerJoin' && event['queue'] === campaignQueueName(campaign.id),
      ),
    ).toBe(false);
    const logged = callEvents().filter((event) => event.campaignId === campaign.id);
    expect(logged.map((event) => event.type)).toContain('ABANDONWEL');
    expect(hangup).toBeDefined();

    // Someone who listens to the end joins the queue.
    const later = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const joined = await queueEvent('QueueCallerJoin', campaignQueueName(campaign.id), later);
    expect((joined.receivedAt - later) / 1000).toBeGreaterThan(6);
    await runCliCommand(bench.ami, `channel request hangup ${String(joined['channel'])}`);
  });

  it('lets a waiting caller leave for the escape IVR with a key', async () => {
    const { campaign, did } = await inboundCampaign(bench, []);
    // No IVR node exists yet in this branch: the reference is written directly, the dialplan is what is tested.
    const ivr = '4a1d0000-0000-4000-8000-0000000000e5';
    await bench.orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { queue: { escapeIvrId: ivr } });
    await applyConfiguration(bench);
    const channelId = `escape-${Date.now()}`;
    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30, channelId });
    await queueEvent('QueueCallerJoin', campaignQueueName(campaign.id), since);
    const customer = bench.recorder.events.find(
      (event) => event.event === 'Newchannel' && event['uniqueid'] === channelId,
    )!;
    // The customer presses 5: the digit travels the fake PSTN's trunk to the platform's channel.
    await bench.ami.send({ action: 'PlayDTMF', channel: String(customer['channel']), digit: '5', duration: 200 });
    await queueEvent('QueueCallerLeave', campaignQueueName(campaign.id), since);
    const escaped = await seen(
      'the escape context',
      since,
      (event) =>
        event.event === 'Newexten' &&
        event['context'] === `sb-queue-escape-${campaign.id}` &&
        event['application'] === 'Goto',
    );
    expect(escaped['appdata']).toBe(`sb-dest-ivr-${ivr},s,1`);
  });

  it('refuses a failover that is not a destination, and a welcome that is no audio', async () => {
    const { campaign } = await inboundCampaign(bench, []);
    failed(await updateQueue(campaign.id, { failover: { type: 'CAMPAIGN', id: campaign.id } }), 'BAD_USER_INPUT');
    failed(
      await updateQueue(campaign.id, { failover: { type: 'CAMPAIGN', id: '4a1d0000-0000-4000-8000-000000000000' } }),
      'NOT_FOUND',
    );
    failed(await updateQueue(campaign.id, { failover: { type: 'IVR', id: null } }), 'BAD_USER_INPUT');
    // The escape IVR is a destination-graph reference: an id that names no IVR is refused.
    failed(await updateQueue(campaign.id, { escapeIvrId: '4a1d0000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    failed(await updateQueue(campaign.id, { entryAnnouncementAudioId: 'hello' }), 'BAD_USER_INPUT');
    failed(
      await updateQueue(campaign.id, { entryAnnouncementAudioId: '4a1d0000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
    );
  });
});
