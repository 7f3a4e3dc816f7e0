import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, startTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { fixture, generatedCsv, refused, upload } from './contact-import-support.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(() => closeTestApi(api, orm));

async function stagedRows(uploadId: string): Promise<Array<{ row_number: number; values: string[] }>> {
  return orm.em
    .fork()
    .execute('select row_number, values from csv_upload_rows where upload_id = ? order by row_number', [uploadId]);
}

async function stagedCount(): Promise<number> {
  const [row] = await orm.em.fork().execute<Array<{ count: string }>>('select count(*) from csv_upload_rows');
  return Number(row!.count);
}

describe('POST /uploads/csv', () => {
  it('stages a file and answers its id, header and row count', async () => {
    const answer = await upload(api.url, manager, await fixture('good/customers.csv'));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      columns: ['tel1', 'tel2', 'tel3', 'name', 'surname', 'id'],
      rowCount: 13,
    });
    const rows = await stagedRows(answer.body.uploadId!);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({
      row_number: 2,
      values: ['4149090', '5149095', '6149097', ' Terence', ' McKenna', ' 1000001'],
    });
  });

  it('stages into an UNLOGGED table (scratch data: no write-ahead log)', async () => {
    await upload(api.url, manager, 'phone\n5551234\n');
    const [table] = await orm.em
      .fork()
      .execute<Array<{ relpersistence: string }>>(
        "select relpersistence from pg_class where relname = 'csv_upload_rows'",
      );
    expect(table!.relpersistence).toBe('u');
  });

  it('keeps values exactly, through a byte-order mark, CRLF, quotes, line breaks and blank lines', async () => {
    const answer = await upload(api.url, manager, await fixture('good/excel-utf8-bom-crlf.csv'));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.columns).toEqual(['phone', 'mobile', 'name', 'notes']);
    expect(await stagedRows(answer.body.uploadId!)).toEqual([
      { row_number: 2, values: ['+54 (11) 4444-0001', '', 'Núñez, José', 'said "call later"'] },
      { row_number: 3, values: ['011 4444.0002', '15-5555-0002', 'Zoë', 'two\r\nlines'] },
      // Line 5 is blank: the record starts on line 6.
      { row_number: 6, values: ['+541144440003', '', 'Ana', '\\back\\slash'] },
    ]);
  });

  it('takes the file from a form too (multipart/form-data, as browsers and curl -F send it)', async () => {
    const form = new FormData();
    form.append('note', 'ignored');
    form.append(
      'file',
      new Blob([new Uint8Array(await fixture('good/customers.csv'))], { type: 'text/csv' }),
      'customers.csv',
    );
    const response = await fetch(new URL('/uploads/csv', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}` },
      body: form,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      rowCount: 13,
      columns: ['tel1', 'tel2', 'tel3', 'name', 'surname', 'id'],
    });
    const empty = new FormData();
    empty.append('note', 'no file');
    const refused = await fetch(new URL('/uploads/csv', api.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}` },
      body: empty,
    });
    expect(refused.status).toBe(400);
  });

  it('lets the client choose the upload id (to follow it from the start), once', async () => {
    const uploadId = randomUUID();
    const first = await upload(api.url, manager, 'phone\n5551234\n', { uploadId });
    expect(first.body.uploadId).toBe(uploadId);
    const again = await upload(api.url, manager, 'phone\n5551234\n', { uploadId });
    expect(again.status).toBe(409);
    refused(await upload(api.url, manager, 'phone\n5551234\n', { uploadId: 'nope' }), 400, 'COMMON_INVALID_INPUT');
  });

  it('requires a login and CONTACTS_MANAGE or DO_NOT_CALL_MANAGE', async () => {
    const body = await fixture('good/customers.csv');
    const anonymous = await upload(api.url, null, body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const forbidden = await upload(api.url, agent.token, body);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const bad = await upload(api.url, 'not-a-token', body);
    expect(bad.status).toBe(401);
  });

  it('asks for the file itself as the body', async () => {
    const answer = await upload(api.url, manager, 'x', { contentType: 'application/json' });
    refused(answer, 400, 'COMMON_INVALID_INPUT');
  });
});

describe('refused uploads name each problem and stage nothing', () => {
  const cases: Array<[string, Array<{ row: number | null; column: string | null; message: RegExp }>]> = [
    ['bad/empty.csv', [{ row: null, column: null, message: /empty/ }]],
    ['bad/latin1.csv', [{ row: 3, column: null, message: /0xe9 is not UTF-8/ }]],
    [
      'bad/no-header.csv',
      [
        { row: 1, column: '4149090', message: /header/ },
        { row: 1, column: '5149095', message: /header/ },
      ],
    ],
    [
      'bad/duplicate-header.csv',
      [
        { row: 1, column: 'phone', message: /columns 1 and 3/ },
        { row: 1, column: 'name', message: /columns 2 and 5/ },
      ],
    ],
    ['bad/empty-header-name.csv', [{ row: 1, column: null, message: /column 2 of the header has no name/ }]],
    [
      'bad/ragged-row.csv',
      [
        { row: 5, column: 'notes', message: /has 4 values; the header has 3/ },
        { row: 7, column: 'notes', message: /has 2 values/ },
      ],
    ],
    ['bad/unclosed-quote.csv', [{ row: 3, column: null, message: /not valid CSV.*quote/ }]],
  ];

  it.each(cases)('%s', async (file, expected) => {
    const before = await stagedCount();
    const problems = refused(await upload(api.url, manager, await fixture(file)), 400, 'CSV_IMPORT_INVALID_FILE');
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, index) => {
      expect(problem).toMatchObject({ row: expected[index]!.row, column: expected[index]!.column });
      expect(problem.message).toMatch(expected[index]!.message);
    });
    expect(await stagedCount()).toBe(before);
  });

  it('lists the first 100 problems and stops reading', async () => {
    const csv = generatedCsv(300, (n) => (n % 2 === 0 ? `5550${n},,too,many,values` : null));
    const answer = await upload(api.url, manager, csv);
    const problems = refused(answer, 400, 'CSV_IMPORT_INVALID_FILE');
    expect(problems).toHaveLength(100);
    expect(problems[0]).toMatchObject({ row: 3, column: 'customer_id' });
    expect(problems[99]).toMatchObject({ row: 201 });
    expect(answer.body.errors![0]!.message).toMatch(/^row 3, column "customer_id": has 5 values/);
  });

  it('refuses a file over IMPORT_MAX_BYTES with 413, declared or streamed', async () => {
    const small = await startTestApi({ IMPORT_MAX_BYTES: '2000' });
    try {
      const csv = generatedCsv(100);
      expect(csv.length).toBeGreaterThan(2000);
      const declared = refused(await upload(small.url, manager, csv), 413, 'CSV_IMPORT_TOO_LARGE');
      expect(declared[0]!.message).toMatch(/larger than the limit of 2000 bytes/);
      // Without a Content-Length the limit is found while reading.
      const bytes = new TextEncoder().encode(csv);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += 500)
            controller.enqueue(bytes.slice(offset, offset + 500));
          controller.close();
        },
      });
      refused(await upload(small.url, manager, stream), 413, 'CSV_IMPORT_TOO_LARGE');
      expect((await upload(small.url, manager, generatedCsv(5))).status).toBe(201);
    } finally {
      await small.close();
    }
  });
});
