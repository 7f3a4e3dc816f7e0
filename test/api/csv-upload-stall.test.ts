import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { startTestApi } from '../support/api-harness.js';
import { graphql, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import { openScratchDatabase } from '../support/scratch-database.js';
import { IMPORT } from './contact-import-support.js';

/*
 * A client that sends its file slowly, or stops halfway, must hold no database transaction
 * or connection meanwhile: the upload is spooled to a file and copied into staging once
 * complete. A database of this file's own, so that pg_stat_activity shows only this api.
 */

let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let api: ApiServer;
let orm: Orm;
let token: string;
let spool: string;

const ROWS_BEFORE_STALL = 12_000;

beforeAll(async () => {
  spool = await mkdtemp(join(tmpdir(), 'switchboard-spool-test-'));
  scratch = await openScratchDatabase('csv_upload_stall');
  orm = scratch.orm;
  api = await startTestApi({ DATABASE_URL: scratch.databaseUrl, IMPORT_SPOOL_DIR: spool });
  token = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(async () => {
  await api?.close();
  await scratch?.drop();
  await rm(spool, { recursive: true, force: true });
});

function rows(from: number, count: number): string {
  let text = '';
  for (let row = from; row < from + count; row += 1) text += `+5491155${String(row).padStart(6, '0')},Name ${row}\n`;
  return text;
}

/** Rows the upload has parsed, as its progress events say (one every 10,000 rows). */
async function followProgress(uploadId: string): Promise<{ rows: () => number }> {
  let latest = -2;
  const iterator = api.events.subscribe('contact_import.progress')[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      if (next.value.data.uploadId === uploadId) latest = Math.max(latest, next.value.data.rows);
    }
  })();
  const probe = { ownerId: randomUUID(), phase: 'UPLOADING', totalRows: null, targetId: null, problemCount: null };
  await pollUntil(
    () => {
      api.events.publish('contact_import.progress', { ...probe, uploadId, rows: -1 });
      return latest;
    },
    (rows) => rows === -1,
    { intervalMs: 50, what: 'the progress subscription' },
  );
  return { rows: () => latest };
}

/** An upload whose body is sent by hand: part of it now, the rest (or nothing) later. */
function startUpload(uploadId: string): { request: ClientRequest; answer: Promise<IncomingMessage> } {
  const url = new URL(`/uploads/csv?uploadId=${uploadId}`, api.url);
  const request = httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
  });
  const answer = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
  });
  request.write(`phone,name\n${rows(0, ROWS_BEFORE_STALL)}`);
  return { request, answer };
}

/** Backends of this api that are inside a transaction or a COPY. */
async function openTransactions(): Promise<Array<{ state: string; query: string }>> {
  return orm.em.fork().execute(
    `select state, query from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
        and (state like 'idle in transaction%' or xact_start is not null or query ilike 'copy%' and state = 'active')`,
  );
}

async function stalledUpload(uploadId: string) {
  const progress = await followProgress(uploadId);
  const upload = startUpload(uploadId);
  await pollUntil(progress.rows, (parsed) => parsed >= 10_000, { what: 'the first 10,000 rows parsed' });
  return upload;
}

describe('a slow CSV upload', () => {
  it('holds no transaction while the client stalls, then imports once the body is complete', async () => {
    const uploadId = randomUUID();
    const { request, answer } = await stalledUpload(uploadId);
    expect(await openTransactions()).toEqual([]);
    request.end(rows(ROWS_BEFORE_STALL, 500));
    const response = await answer;
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(response.statusCode, JSON.stringify(body)).toBe(201);
    expect(body).toEqual({ uploadId, columns: ['phone', 'name'], rowCount: ROWS_BEFORE_STALL + 500 });
    const input = { uploadId, name: `stalled_${uploadId.slice(0, 8)}`, phoneColumns: ['phone'] };
    const imported = ok(await graphql(api.url, IMPORT, { input }, token)).importContactDatabase;
    expect(imported.imported).toBe(ROWS_BEFORE_STALL + 500);
    expect(await readdir(spool)).toEqual([]);
  });

  it('leaves nothing behind when the client gives up halfway', async () => {
    const uploadId = randomUUID();
    const { request, answer } = await stalledUpload(uploadId);
    answer.catch(() => undefined);
    request.destroy();
    await pollUntil(
      () => readdir(spool),
      (files) => files.length === 0,
      { what: 'the spooled file removed' },
    );
    const em = orm.em.fork();
    expect(await em.execute('select id from csv_uploads where id = ?', [uploadId])).toEqual([]);
    expect(await em.execute('select 1 from csv_upload_rows where upload_id = ? limit 1', [uploadId])).toEqual([]);
    expect(await openTransactions()).toEqual([]);
  });
});
