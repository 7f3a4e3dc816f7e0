import { execFile } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioFile, BuiltInRole, Campaign, CampaignState, CampaignType, type Orm } from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  audioHostDirectory,
  audioSoundName,
  callPlatform,
  campaignQueueName,
  clearTelephonyConfiguration,
  fakePstnNumber,
  mohClassName,
  originate,
  runCliCommand,
  type AmiClient,
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

const run = promisify(execFile);
const MAX_BYTES = 1_000_000;

let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let admin: string;
let supervisor: string;
let agent: string;
let work: string;
let directory: string;
let recorder: ReturnType<typeof recordEvents>;
let releaseConfiguration: (() => Promise<void>) | undefined;

beforeAll(async () => {
  pbx = await ensurePbx();
  config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '14574' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi({ AUDIO_MAX_BYTES: String(MAX_BYTES) })]);
  recorder = recordEvents(ami);
  [admin, supervisor, agent] = await Promise.all(
    [BuiltInRole.ADMINISTRATOR, BuiltInRole.SUPERVISOR, BuiltInRole.AGENT].map(
      async (role) => (await loggedIn(orm, api.url, role)).token,
    ),
  );
  work = await mkdtemp(join(tmpdir(), 'sb-audio-'));
  directory = audioHostDirectory(config);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await ami?.close();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A tone made with sox: `seconds` long, in the given container, rate and channels. */
async function tone(file: string, seconds: number, options: { rate?: number; channels?: number } = {}) {
  const path = join(work, file);
  const { rate = 44_100, channels = 2 } = options;
  const bits = file.endsWith('.wav') ? ['-b', '16'] : [];
  await run('sox', [
    '-n',
    '-r',
    String(rate),
    '-c',
    String(channels),
    ...bits,
    path,
    'synth',
    String(seconds),
    'sine',
    '440',
  ]);
  return readFile(path);
}

interface Answer {
  status: number;
  body: Record<string, any>;
}

async function upload(
  token: string | null,
  body: BodyInit,
  options: { contentType?: string; name?: string; fileName?: string } = {},
): Promise<Answer> {
  const url = new URL('/uploads/audio', api.url);
  if (options.name) url.searchParams.set('name', options.name);
  if (options.fileName) url.searchParams.set('fileName', options.fileName);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(options.contentType === undefined ? { 'content-type': 'audio/wav' } : {}),
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

function refused(answer: Answer, status: number, reason: string): string {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body['errors'][0].extensions.reason).toBe(reason);
  return String(answer.body['errors'][0].message);
}

const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

/** What the audio folder and table hold: a refused upload must change neither. */
async function snapshot() {
  const files = (await readdir(directory).catch(() => [] as string[])).sort();
  return { files, rows: await orm.em.fork().count(AudioFile) };
}

async function soxInfo(path: string) {
  const [rate, channels, bits] = await Promise.all(
    ['-r', '-c', '-b'].map(async (flag) => (await run('sox', ['--i', flag, path])).stdout.trim()),
  );
  return { rate, channels, bits };
}

/**
 * Asterisk plays the audio by its sound name: a channel answered by a fake customer runs
 * Playback, which sets PLAYBACKSTATUS (SUCCESS, or FAILED for a file it cannot open or decode).
 */
async function asteriskPlays(audioId: string): Promise<void> {
  const since = performance.now();
  const number = fakePstnNumber('human', 5, '5551');
  await originate(ami, {
    channel: `Local/${number}@fake-pstn-customers`,
    destination: { application: 'Playback', data: audioSoundName(audioId) },
  });
  // asterisk-manager parses VarSet's `Variable: NAME` header into `{ NAME: '' }`.
  const nameOf = (header: unknown) =>
    header && typeof header === 'object' ? (Object.keys(header)[0] ?? '') : String(header);
  const status = await pollUntil(
    () =>
      recorder.events.find(
        (event) =>
          event.event === 'VarSet' &&
          (event['receivedAt'] as number) > since &&
          // The originating half (;1) runs Playback; the customer's half (;2) plays its own hello.
          String(event['channel']).startsWith(`Local/${number}@fake-pstn-customers-`) &&
          String(event['channel']).endsWith(';1') &&
          nameOf(event['variable']) === 'PLAYBACKSTATUS',
      ),
    (event) => event !== undefined,
    { timeoutMs: 20_000, what: `PLAYBACKSTATUS of ${audioSoundName(audioId)}` },
  );
  expect(status!['value']).toBe('SUCCESS');
}

const DELETE_AUDIO = 'mutation ($id: ID!) { deleteAudioFile(id: $id) }';
const PLAYLIST_FIELDS = 'id name audioIds selectable files { id name }';
const CREATE_PLAYLIST = `mutation ($input: CreateMusicOnHoldPlaylistInput!) { createMusicOnHoldPlaylist(input: $input) { ${PLAYLIST_FIELDS} } }`;
const UPDATE_PLAYLIST = `mutation ($id: ID!, $input: UpdateMusicOnHoldPlaylistInput!) { updateMusicOnHoldPlaylist(id: $id, input: $input) { ${PLAYLIST_FIELDS} } }`;
const DELETE_PLAYLIST = 'mutation ($id: ID!) { deleteMusicOnHoldPlaylist(id: $id) }';
const UPDATE_CAMPAIGN =
  'mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id queue { musicOnHold } } }';

describe('custom audio uploads', () => {
  it('converts a WAV to 8 kHz mono 16-bit WAV that Asterisk plays, and lists it', async () => {
    const name = unique('Welcome');
    const answer = await upload(admin, await tone('welcome.wav', 1.5), { name, fileName: 'welcome.wav' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ name, originalFileName: 'welcome.wav' });
    expect(answer.body['durationSeconds']).toBeCloseTo(1.5, 1);
    const path = join(directory, `audio-${answer.body['id']}.wav`);
    expect((await stat(path)).size).toBe(answer.body['sizeBytes']);
    expect(await soxInfo(path)).toEqual({ rate: '8000', channels: '1', bits: '16' });
    await asteriskPlays(answer.body['id']);
    expect(audioSoundName(answer.body['id'])).toBe(`switchboard/audio-${answer.body['id']}`);
    const listed = ok(await graphql(api.url, '{ audioFiles { id name sizeBytes durationSeconds } }', {}, supervisor));
    expect(listed.audioFiles).toContainEqual(expect.objectContaining({ id: answer.body['id'], name }));
  });

  it('converts an MP3 sent as a form, named after the file', async () => {
    const mp3 = await tone('hold-music.mp3', 2, { rate: 48_000, channels: 1 });
    const fileName = `${unique('hold').replace(' ', '-')}.mp3`;
    const form = new FormData();
    form.append('file', new Blob([mp3], { type: 'audio/mpeg' }), fileName);
    const answer = await upload(supervisor, form, { contentType: '' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ name: fileName.replace(/\.mp3$/, ''), originalFileName: fileName });
    expect(answer.body['durationSeconds']).toBeGreaterThan(1.9);
    const path = join(directory, `audio-${answer.body['id']}.wav`);
    expect(await soxInfo(path)).toEqual({ rate: '8000', channels: '1', bits: '16' });
    await asteriskPlays(answer.body['id']);
  });

  it('refuses garbage, a truncated WAV and a renamed text file, writing nothing', async () => {
    const before = await snapshot();
    const garbage = Buffer.from(Array.from({ length: 4000 }, () => randomInt(256)));
    garbage.write('JUNK', 0);
    expect(refused(await upload(admin, garbage, { name: unique('garbage') }), 400, 'AUDIO_INVALID_FILE')).toMatch(
      /Not a WAV or MP3/,
    );
    const wav = await tone('long.wav', 1);
    expect(
      refused(await upload(admin, wav.subarray(0, 30_000), { name: unique('cut') }), 400, 'AUDIO_INVALID_FILE'),
    ).toMatch(/truncated/);
    const fakeHeader = Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVEjunk'), garbage]);
    refused(await upload(admin, fakeHeader, { name: unique('fake') }), 400, 'AUDIO_INVALID_FILE');
    refused(await upload(admin, Buffer.alloc(0), { name: unique('empty') }), 400, 'AUDIO_INVALID_FILE');
    refused(await upload(admin, 'name,phone\n', { contentType: 'text/csv' }), 400, 'COMMON_INVALID_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over the limit with 413, declared or streamed, writing nothing', async () => {
    const before = await snapshot();
    const big = await tone('big.wav', 8);
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    expect(refused(await upload(admin, big, { name: unique('big') }), 413, 'AUDIO_TOO_LARGE')).toMatch(
      new RegExp(String(MAX_BYTES)),
    );
    // No Content-Length: the limit stops the stream as it arrives.
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < big.length; offset += 64 * 1024)
          controller.enqueue(big.subarray(offset, offset + 64 * 1024));
        controller.close();
      },
    });
    refused(await upload(admin, streamed, { name: unique('streamed') }), 413, 'AUDIO_TOO_LARGE');
    expect(await snapshot()).toEqual(before);
  });

  it('lets only administrators and supervisors upload, rename, delete; listening needs a login', async () => {
    const before = await snapshot();
    const wav = await tone('short.wav', 0.5);
    refused(await upload(agent, wav, { name: unique('agent') }), 403, 'COMMON_FORBIDDEN');
    refused(await upload(null, wav, { name: unique('anonymous') }), 401, 'COMMON_UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);

    const created = await upload(supervisor, wav, { name: unique('Short') });
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    failed(await graphql(api.url, DELETE_AUDIO, { id }, agent), 'FORBIDDEN');
    failed(await graphql(api.url, '{ audioFiles { id } }', {}, agent), 'FORBIDDEN');
    const rename = 'mutation ($id: ID!, $name: String!) { renameAudioFile(id: $id, name: $name) { id name } }';
    failed(await graphql(api.url, rename, { id, name: 'x' }, agent), 'FORBIDDEN');
    const other = unique('Other');
    expect((await upload(admin, wav, { name: other })).status).toBe(201);
    const duplicate = failed(await graphql(api.url, rename, { id, name: other }, admin), 'CONFLICT');
    expect(duplicate.extensions?.['reason']).toBe('AUDIO_DUPLICATE_NAME');
    const renamed = unique('Renamed');
    expect(ok(await graphql(api.url, rename, { id, name: renamed }, admin)).renameAudioFile.name).toBe(renamed);

    const listen = (token: string | null) =>
      fetch(new URL(`/audio/${id}.wav`, api.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const heard = await listen(supervisor);
    expect(heard.status).toBe(200);
    expect(heard.headers.get('content-type')).toBe('audio/wav');
    const stored = await readFile(join(directory, `audio-${id}.wav`));
    expect(Buffer.from(await heard.arrayBuffer())).toEqual(stored);
    const seek = await fetch(new URL(`/audio/${id}.wav`, api.url), {
      headers: { authorization: `Bearer ${supervisor}`, range: 'bytes=44-' },
    });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe(`bytes 44-${stored.length - 1}/${stored.length}`);
    expect(Buffer.from(await seek.arrayBuffer())).toEqual(stored.subarray(44));
    expect((await listen(agent)).status).toBe(403);
    expect((await listen(null)).status).toBe(401);
    expect(
      (
        await fetch(new URL(`/audio/${randomUUID()}.wav`, api.url), {
          headers: { authorization: `Bearer ${admin}` },
        })
      ).status,
    ).toBe(404);

    expect(ok(await graphql(api.url, DELETE_AUDIO, { id }, supervisor)).deleteAudioFile).toBe(true);
    await expect(stat(join(directory, `audio-${id}.wav`))).rejects.toThrow();
    failed(await graphql(api.url, DELETE_AUDIO, { id }, supervisor), 'NOT_FOUND');
  });
});

describe('system prompt languages', () => {
  it('lists the installed ones and the packages the pbx setup installs, for supervisors only', async () => {
    const query = '{ promptLanguages { code installed setupPackage } }';
    const { promptLanguages } = ok(await graphql(api.url, query, {}, supervisor));
    expect(promptLanguages).toContainEqual({
      code: 'en',
      installed: true,
      setupPackage: 'asterisk-core-sounds-en-gsm',
    });
    for (const language of promptLanguages) {
      expect(language.code).toMatch(/^[a-z]{2,3}(_[A-Za-z0-9]+)*$/);
      if (language.setupPackage) expect(language.setupPackage).toBe(`asterisk-core-sounds-${language.code}-gsm`);
    }
    failed(await graphql(api.url, query, {}, agent), 'FORBIDDEN');
  });
});

describe('music on hold playlists', () => {
  it('play to a queued caller in order; empty ones cannot be chosen; nothing in use can be deleted', async () => {
    const first = await upload(admin, await tone('first.wav', 3), { name: unique('First') });
    const second = await upload(admin, await tone('second.mp3', 3, { channels: 1 }), { name: unique('Second') });
    expect([first.status, second.status]).toEqual([201, 201]);
    const [firstId, secondId] = [first.body['id'] as string, second.body['id'] as string];

    const name = unique('Jazz');
    const created = ok(await graphql(api.url, CREATE_PLAYLIST, { input: { name } }, supervisor));
    const playlist = created.createMusicOnHoldPlaylist;
    expect(playlist).toMatchObject({ name, audioIds: [], selectable: false, files: [] });
    failed(await graphql(api.url, CREATE_PLAYLIST, { input: { name: unique('x') } }, agent), 'FORBIDDEN');

    const campaign = await createCampaign(orm, { state: CampaignState.ACTIVE });
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { type: CampaignType.INBOUND });
    const choose = (musicOnHold: string | null) =>
      graphql(api.url, UPDATE_CAMPAIGN, { id: campaign.id, input: { queue: { musicOnHold } } }, admin);
    const empty = failed(await choose(playlist.id), 'BAD_USER_INPUT');
    expect(empty.extensions?.['reason']).toBe('AUDIO_EMPTY_PLAYLIST');
    failed(await choose(randomUUID()), 'NOT_FOUND');
    failed(await choose('default'), 'BAD_USER_INPUT');

    const filled = ok(
      await graphql(api.url, UPDATE_PLAYLIST, { id: playlist.id, input: { audioIds: [secondId, firstId] } }, admin),
    ).updateMusicOnHoldPlaylist;
    expect(filled).toMatchObject({ selectable: true, files: [{ id: secondId }, { id: firstId }] });
    expect(ok(await choose(playlist.id)).updateCampaign.queue.musicOnHold).toBe(playlist.id);

    // Asterisk: the class, its files in the playlist's order, and a queued caller hearing it.
    const route = 'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }';
    const did = `5558${randomInt(100_000, 999_999)}`;
    ok(
      await graphql(
        api.url,
        route,
        { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
        admin,
      ),
    );
    const applied = await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    expect(applied.reloads).toContain('moh reload');
    const className = mohClassName(playlist.id);
    const classes = (await runCliCommand(ami, 'moh show classes')).join('\n');
    expect(classes).toContain(`Class: ${className}`);
    const files = (await runCliCommand(ami, 'moh show files')).join('\n');
    const section = files.slice(files.indexOf(`Class: ${className}`));
    const order = [secondId, firstId].map((id) => section.indexOf(`audio-${id}`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    const queues = (await runCliCommand(ami, `queue show ${campaignQueueName(campaign.id)}`)).join('\n');
    expect(queues).toBeTruthy();

    await callPlatform(ami, { did, callerId: `12${randomInt(10_000_000, 99_999_999)}`, talkSeconds: 10 });
    const music = await pollUntil(
      () => recorder.events.find((event) => event.event === 'MusicOnHoldStart' && event['class'] === className),
      (event) => event !== undefined,
      { timeoutMs: 15_000, what: `MusicOnHoldStart in class ${className}` },
    );
    await runCliCommand(ami, `channel request hangup ${String(music!['channel'])}`);

    // In use: the audio by the playlist, the playlist by the campaign's queue.
    const audioInUse = failed(await graphql(api.url, DELETE_AUDIO, { id: firstId }, admin), 'CONFLICT');
    expect(audioInUse.extensions?.['reason']).toBe('AUDIO_IN_USE');
    expect(audioInUse.extensions?.['details'].uses).toEqual([`Music on hold playlist ${name}`]);
    const playlistInUse = failed(await graphql(api.url, DELETE_PLAYLIST, { id: playlist.id }, admin), 'CONFLICT');
    expect(playlistInUse.extensions?.['details'].uses).toEqual([`Campaign ${campaign.name}`]);
    const emptied = failed(
      await graphql(api.url, UPDATE_PLAYLIST, { id: playlist.id, input: { audioIds: [] } }, admin),
      'BAD_USER_INPUT',
    );
    expect(emptied.extensions?.['reason']).toBe('AUDIO_EMPTY_PLAYLIST');

    // Released: the queue back on the default class, the playlist and its audios deletable.
    expect(ok(await choose(null)).updateCampaign.queue.musicOnHold).toBeNull();
    ok(await graphql(api.url, DELETE_PLAYLIST, { id: playlist.id }, admin));
    await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    expect((await runCliCommand(ami, 'moh show classes')).join('\n')).not.toContain(className);
    await expect(stat(join(config.PBX_DIR, 'chroot/var/lib/switchboard/moh', className))).rejects.toThrow();
    ok(await graphql(api.url, DELETE_AUDIO, { id: firstId }, admin));
    ok(await graphql(api.url, DELETE_AUDIO, { id: secondId }, admin));
  });
});
