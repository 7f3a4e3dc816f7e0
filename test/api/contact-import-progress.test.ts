import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn, unique } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';
import { generatedCsv, imported, upload } from './contact-import-support.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(() => closeTestApi(api, orm));

const PROGRESS = `subscription ($uploadId: ID!) {
  contactImportProgress(uploadId: $uploadId) { id kind uploadId phase rows totalRows targetId problemCount } }`;

interface Progress {
  contactImportProgress: {
    kind: string;
    phase: string;
    rows: number;
    totalRows: number | null;
    targetId: string | null;
  };
}

const wsUrl = () => api.url.replace(/^http/, 'ws');

describe('contactImportProgress', () => {
  it('follows a large upload and its import, phase by phase, every 10,000 rows', async () => {
    const uploadId = randomUUID();
    const subscription = subscribe<Progress>(wsUrl(), manager, PROGRESS, { uploadId });
    try {
      // An id not uploaded yet has no snapshot to wait for: wait for the connection, then give
      // the server a moment to subscribe to Redis before the first event is published.
      let connected = false;
      subscription.client.on('connected', () => (connected = true));
      await pollUntil(() => connected, Boolean, { what: 'the WebSocket connection' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const answer = await upload(api.url, manager, generatedCsv(25_000), { uploadId });
      expect(answer.status).toBe(201);
      const result = await imported(api.url, manager, { uploadId, name: unique('progress'), phoneColumns: ['phone'] });
      const events = await pollUntil(
        () => subscription.received.map((event) => event.contactImportProgress),
        (list) => list.some((event) => event.phase === 'DONE'),
        { what: 'DONE' },
      );
      expect(subscription.errors).toEqual([]);
      expect(events.map((event) => `${event.phase} ${event.rows}`)).toEqual([
        'UPLOADING 0',
        'UPLOADING 10000',
        'UPLOADING 20000',
        'STAGED 25000',
        'VALIDATING 0',
        'IMPORTING 0',
        'IMPORTING 10000',
        'IMPORTING 20000',
        'DONE 25000',
      ]);
      expect(events.every((event) => event.kind === 'CHANGE')).toBe(true);
      expect(events.at(-1)).toMatchObject({ totalRows: 25_000, targetId: result.database.id });
    } finally {
      subscription.dispose();
    }
  });

  it('starts with the current state, for the uploader or CAMPAIGNS_ALL only', async () => {
    const answer = await upload(api.url, manager, generatedCsv(3));
    const uploadId = answer.body.uploadId!;
    const owner = subscribe<Progress>(wsUrl(), manager, PROGRESS, { uploadId });
    const otherManager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    const managerView = subscribe<Progress>(wsUrl(), otherManager.token, PROGRESS, { uploadId });
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const refused = subscribe<Progress>(wsUrl(), basic.token, PROGRESS, { uploadId });
    // Contact managers of their own campaigns: the progress names the database it fills.
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const otherSupervisor = subscribe<Progress>(wsUrl(), supervisor.token, PROGRESS, { uploadId });
    try {
      for (const subscription of [owner, managerView]) {
        const [first] = await pollUntil(
          () => subscription.received,
          (list) => list.length > 0,
        );
        expect(first!.contactImportProgress).toMatchObject({
          kind: 'SNAPSHOT',
          phase: 'STAGED',
          rows: 3,
          totalRows: 3,
        });
      }
      await pollUntil(
        () => refused.errors,
        (errors) => errors.length > 0,
      );
      expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN/);
      expect(refused.received).toEqual([]);
      await pollUntil(
        () => otherSupervisor.errors,
        (errors) => errors.length > 0,
      );
      expect(JSON.stringify(otherSupervisor.errors)).toMatch(/Only the uploader may follow/);
      expect(otherSupervisor.received).toEqual([]);
    } finally {
      for (const subscription of [owner, managerView, refused, otherSupervisor]) subscription.dispose();
    }
  });
});
