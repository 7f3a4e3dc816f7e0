import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMD_DEFAULTS, AmdSettings, BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { startTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import { openScratchDatabase } from '../support/scratch-database.js';

// The settings are one row for the whole platform: a database of this file's own, so the first
// read really is the first and other files' writes cannot change what is read back.
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let api: ApiServer;
let orm: Orm;
let admin: string;
let agent: string;

const FIELDS = Object.keys(AMD_DEFAULTS).join(' ');
const READ = `{ amdSettings { id ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateAmdSettingsInput!) { updateAmdSettings(input: $input) { id ${FIELDS} } }`;

beforeAll(async () => {
  scratch = await openScratchDatabase('amd_settings');
  orm = scratch.orm;
  api = await startTestApi({ DATABASE_URL: scratch.databaseUrl });
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
  agent = (await loggedIn(orm, api.url, BuiltInRole.AGENT)).token;
});
afterAll(async () => {
  await api?.close();
  await scratch?.drop();
});

/** The problems of a class-validator BAD_USER_INPUT, by field. */
function problemFields(error: { extensions?: Record<string, any> }): string[] {
  return (error.extensions?.['details']?.['problems'] ?? []).map((problem: { field: string }) => problem.field);
}

/** Collects telephony.configuration_changed sources once the subscription is known to be live. */
async function collectConfigurationChanges(): Promise<string[]> {
  const received: string[] = [];
  const iterator = api.events.subscribe('telephony.configuration_changed')[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      received.push(next.value.data.source);
    }
  })();
  const probe = `probe-${randomUUID()}`;
  await pollUntil(
    () => {
      api.events.publish('telephony.configuration_changed', { source: probe });
      return received;
    },
    (sources) => sources.includes(probe),
    { intervalMs: 50, what: 'the telephony.configuration_changed subscription' },
  );
  return received;
}

describe('AMD settings', () => {
  it('are created with the manual defaults on first read, once', async () => {
    expect(await orm.em.fork().count(AmdSettings, {})).toBe(0);
    const [first, second] = await Promise.all([graphql(api.url, READ, {}, admin), graphql(api.url, READ, {}, admin)]);
    const { id, ...values } = ok(first).amdSettings;
    expect(values).toEqual(AMD_DEFAULTS);
    expect(ok(second).amdSettings.id).toBe(id);
    expect(await orm.em.fork().count(AmdSettings, {})).toBe(1);
  });

  it('change only the fields given, and announce the change after it is stored', async () => {
    const changes = await collectConfigurationChanges();
    const updated = ok(
      await graphql(api.url, UPDATE, { input: { greetingMs: 2000, maximumNumberOfWords: 4 } }, admin),
    ).updateAmdSettings;
    expect(updated).toMatchObject({ ...AMD_DEFAULTS, greetingMs: 2000, maximumNumberOfWords: 4 });
    await pollUntil(
      () => changes,
      (sources) => sources.includes('amd-settings'),
      { what: 'telephony.configuration_changed from the AMD settings' },
    );
    const stored = await orm.em.fork().findOneOrFail(AmdSettings, { singleton: true });
    expect(stored).toMatchObject({ id: updated.id, greetingMs: 2000, maximumNumberOfWords: 4, initialSilenceMs: 2500 });
    expect(ok(await graphql(api.url, READ, {}, admin)).amdSettings).toEqual(updated);
  });

  it('refuse values out of bounds, naming the field, and change nothing', async () => {
    const cases: Array<[string, number]> = [
      ['initialSilenceMs', 0],
      ['greetingMs', 30_001],
      ['totalAnalysisTimeMs', 999],
      ['maximumNumberOfWords', 0],
      ['silenceThreshold', 32_768],
      ['minWordLengthMs', -1],
    ];
    const before = ok(await graphql(api.url, READ, {}, admin)).amdSettings;
    for (const [field, value] of cases) {
      const error = failed(await graphql(api.url, UPDATE, { input: { [field]: value } }, admin), 'BAD_USER_INPUT');
      expect(problemFields(error)).toEqual([field]);
    }
    expect(ok(await graphql(api.url, READ, {}, admin)).amdSettings).toEqual(before);
  });

  it('are not an agent’s to read or change', async () => {
    failed(await graphql(api.url, READ, {}, agent), 'FORBIDDEN');
    failed(await graphql(api.url, UPDATE, { input: { greetingMs: 1000 } }, agent), 'FORBIDDEN');
    expect(ok(await graphql(api.url, READ, {}, admin)).amdSettings.greetingMs).not.toBe(1000);
  });
});
