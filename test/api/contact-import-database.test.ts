import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, Contact, ContactDatabase, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { fixture, generatedCsv, importDatabase, imported, uploaded } from './contact-import-support.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(() => closeTestApi(api, orm));

async function contactsOf(databaseId: string) {
  return orm.em.fork().find(Contact, { database: databaseId }, { orderBy: { id: 'asc' } });
}

async function databaseNamed(name: string) {
  return orm.em.fork().findOne(ContactDatabase, { name });
}

function problemsOf(error: { extensions?: Record<string, any> }) {
  return error.extensions!['details'].problems as Array<{ row: number | null; column: string | null; message: string }>;
}

describe('importContactDatabase', () => {
  it("creates the database and its contacts from the manual's example", async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('good/customers.csv'));
    const name = unique('manual');
    const result = await imported(api.url, manager, {
      uploadId,
      name,
      phoneColumns: ['tel1', 'tel2', 'tel3'],
      externalIdColumn: 'id',
    });
    expect(result).toMatchObject({
      imported: 13,
      skipped: 0,
      database: {
        name,
        columns: ['tel1', 'tel2', 'tel3', 'name', 'surname', 'id'],
        phoneColumns: ['tel1', 'tel2', 'tel3'],
        externalIdColumn: 'id',
        contactCount: 13,
      },
    });
    const contacts = await contactsOf(result.database.id);
    expect(contacts).toHaveLength(13);
    const jung = contacts.find((contact) => contact.externalId === '1000011')!;
    expect(jung.phone).toBe('4149055');
    expect(jung.data).toEqual({
      tel1: '4149055',
      tel2: '5149095',
      tel3: '6149000',
      name: 'Carl Gustav',
      surname: 'Jung',
      id: '1000011',
    });
  });

  it('stores each contact as createContact would', async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('good/excel-utf8-bom-crlf.csv'));
    const result = await imported(api.url, manager, {
      uploadId,
      name: unique('excel'),
      phoneColumns: ['phone', 'mobile'],
    });
    expect(result.imported).toBe(3);
    const viaApi = ok(
      await graphql(
        api.url,
        'mutation ($db: ID!, $data: JSONObject!) { createContact(databaseId: $db, data: $data) { id } }',
        {
          db: result.database.id,
          data: { phone: '+54 (11) 4444-0001', mobile: '', name: 'Núñez, José', notes: 'said "call later"' },
        },
        manager,
      ),
    ).createContact;
    const contacts = await contactsOf(result.database.id);
    const created = contacts.find((contact) => contact.id === viaApi.id)!;
    const fromFile = contacts.filter((contact) => contact.phone === '+541144440001' && contact.id !== viaApi.id);
    expect(fromFile).toHaveLength(1);
    expect({ phone: fromFile[0]!.phone, data: fromFile[0]!.data }).toEqual({
      phone: created.phone,
      data: created.data,
    });
    expect(contacts.map((contact) => contact.data['notes'])).toContain('two\r\nlines');
    expect(contacts.map((contact) => contact.data['mobile'])).toContain('1555550002');
  });

  it('imports an upload once', async () => {
    const uploadId = await uploaded(api.url, manager, generatedCsv(3));
    const input = { uploadId, name: unique('once'), phoneColumns: ['phone'] };
    await imported(api.url, manager, input);
    const error = failed(await importDatabase(api.url, manager, { ...input, name: unique('twice') }), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('CSV_IMPORT_ALREADY_IMPORTED');
    const [row] = await orm.em
      .fork()
      .execute<Array<{ count: string }>>('select count(*) from csv_upload_rows where upload_id = ?', [uploadId]);
    expect(Number(row!.count)).toBe(0);
  });

  it('refuses a column the file does not have, naming it', async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('bad/missing-named-column.csv'));
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId,
        name: unique('missing'),
        phoneColumns: ['phone'],
        externalIdColumn: 'customer',
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('CSV_IMPORT_UNKNOWN_COLUMN');
    expect(problemsOf(error).map((problem) => problem.column)).toEqual(['phone', 'customer']);
    expect(problemsOf(error)[0]!.message).toMatch(
      /phoneColumns\[0\]: the file has no such column \(its columns: telephone, name\)/,
    );
  });

  it('refuses values that are not phones, by row and column, and writes nothing', async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('bad/bad-phone.csv'));
    const name = unique('bad_phone');
    const error = failed(
      await importDatabase(api.url, manager, { uploadId, name, phoneColumns: ['phone', 'mobile'] }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('CSV_IMPORT_INVALID_DATA');
    expect(problemsOf(error)).toEqual([
      { row: 3, column: 'phone', message: '"call me" is not a phone number' },
      { row: 5, column: 'mobile', message: '"12" is not a phone number' },
    ]);
    expect(await databaseNamed(name)).toBeNull();
  });

  it('requires unique, present external ids and names both rows of a duplicate', async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('bad/duplicate-external-id.csv'));
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId,
        name: unique('dup_id'),
        phoneColumns: ['phone'],
        externalIdColumn: 'customer_id',
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { row: 5, column: 'customer_id', message: '"C-1" is also the external id of row 2' },
      { row: 6, column: 'customer_id', message: 'the external id is required' },
    ]);
  });

  it('requires the main phone unless told to skip rows without one; avoids duplicates on request', async () => {
    const file = await fixture('bad/missing-main-phone.csv');
    const input = { name: unique('no_phone'), phoneColumns: ['phone', 'mobile'] };
    const error = failed(
      await importDatabase(api.url, manager, { ...input, uploadId: await uploaded(api.url, manager, file) }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { row: 3, column: 'phone', message: 'the main phone is required' },
      { row: 5, column: 'phone', message: 'the main phone is required' },
    ]);
    const skipping = await imported(api.url, manager, {
      ...input,
      uploadId: await uploaded(api.url, manager, file),
      skipContactsWithoutPhone: true,
    });
    expect(skipping).toMatchObject({ imported: 3, skipped: 2, database: { contactCount: 3 } });
    const both = await imported(api.url, manager, {
      ...input,
      name: unique('no_dup'),
      uploadId: await uploaded(api.url, manager, file),
      skipContactsWithoutPhone: true,
      avoidDuplicates: true,
    });
    expect(both).toMatchObject({ imported: 2, skipped: 3 });
    const names = (await contactsOf(both.database.id)).map((contact) => contact.data['name']).sort();
    expect(names).toEqual(['Ada', 'Alan']);
  });

  it('avoids duplicates across batches of a large file', async () => {
    const csv = generatedCsv(25_000, (n) => (n === 20_001 ? '+15550000002,,Repeats row 3,C-X' : null));
    const result = await imported(api.url, manager, {
      uploadId: await uploaded(api.url, manager, csv),
      name: unique('large_dup'),
      phoneColumns: ['phone'],
      externalIdColumn: 'customer_id',
      avoidDuplicates: true,
    });
    expect(result).toMatchObject({ imported: 24_999, skipped: 1, database: { contactCount: 24_999 } });
  });

  it('is all or nothing: one bad row at the end of 20,000 leaves no database and no contacts', async () => {
    const csv = generatedCsv(20_000, (n) => (n === 20_000 ? 'not a phone,,Last,C-20000' : null));
    const uploadId = await uploaded(api.url, manager, csv);
    const name = unique('all_or_nothing');
    const before = await orm.em.fork().count(Contact, {});
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId,
        name,
        phoneColumns: ['phone'],
        externalIdColumn: 'customer_id',
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { row: 20_001, column: 'phone', message: '"not a phone" is not a phone number' },
    ]);
    expect(await databaseNamed(name)).toBeNull();
    expect(await orm.em.fork().count(Contact, {})).toBe(before);
  });

  it('rolls back contacts already written when the last row repeats an external id', async () => {
    // Only the unique index meets this one, after 20,000 contacts are written.
    const csv = generatedCsv(20_000, (n) => (n === 20_000 ? '+15559999999,,Last,C-1' : null));
    const uploadId = await uploaded(api.url, manager, csv);
    const name = unique('rolled_back');
    const before = await orm.em.fork().count(Contact, {});
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId,
        name,
        phoneColumns: ['phone'],
        externalIdColumn: 'customer_id',
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { row: 20_001, column: 'customer_id', message: '"C-1" is also the external id of row 2' },
    ]);
    expect(await databaseNamed(name)).toBeNull();
    expect(await orm.em.fork().count(Contact, {})).toBe(before);
  });

  it('lists the first 100 problems and how many there are', async () => {
    const csv = generatedCsv(400, (n) => (n % 2 === 0 ? `x${n},,Name,C-${n}` : null));
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId: await uploaded(api.url, manager, csv),
        name: unique('capped'),
        phoneColumns: ['phone'],
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toHaveLength(100);
    expect(problemsOf(error)[99]).toMatchObject({ row: 201, column: 'phone' });
    expect(error.extensions?.['details']).toMatchObject({ problemCount: 200, truncated: true });
    expect(error.message).toMatch(/^row 3, column "phone": "x2" is not a phone number; .* \(and 197 more\)$/);
  });

  it('holds values and external ids to the lengths createContact allows', async () => {
    const long = 'x'.repeat(2_001);
    const csv =
      `phone,notes,customer_id\n5551001,${long},C-1\n5551002,  ${'y'.repeat(2_000)}  ,${'z'.repeat(129)}\n` +
      `${'x'.repeat(40)},,C-4\n`;
    const error = failed(
      await importDatabase(api.url, manager, {
        uploadId: await uploaded(api.url, manager, csv),
        name: unique('long'),
        phoneColumns: ['phone'],
        externalIdColumn: 'customer_id',
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { row: 2, column: 'notes', message: 'is longer than 2000 characters' },
      { row: 3, column: 'customer_id', message: 'is longer than 128 characters' },
      { row: 4, column: 'phone', message: `"${'x'.repeat(40)}" is not a phone number` },
    ]);
  });

  it('refuses a value too long for its column even when it is the only problem', async () => {
    for (const row of [`${'9'.repeat(40)},,Name,C-X`, `5551001,,Name,${'z'.repeat(129)}`]) {
      const error = failed(
        await importDatabase(api.url, manager, {
          uploadId: await uploaded(
            api.url,
            manager,
            generatedCsv(3, (n) => (n === 3 ? row : null)),
          ),
          name: unique('too_long'),
          phoneColumns: ['phone'],
          externalIdColumn: 'customer_id',
        }),
        'BAD_USER_INPUT',
      );
      expect(problemsOf(error)).toHaveLength(1);
      expect(problemsOf(error)[0]).toMatchObject({ row: 4 });
    }
  });

  it('forgets uploads past their expiry', async () => {
    const uploadId = await uploaded(api.url, manager, generatedCsv(3));
    await orm.em
      .fork()
      .execute("update csv_uploads set expires_at = now() - interval '1 minute' where id = ?", [uploadId]);
    failed(
      await importDatabase(api.url, manager, { uploadId, name: unique('late'), phoneColumns: ['phone'] }),
      'NOT_FOUND',
    );
    await uploaded(api.url, manager, generatedCsv(1));
    const [row] = await orm.em
      .fork()
      .execute<Array<{ count: string }>>('select count(*) from csv_upload_rows where upload_id = ?', [uploadId]);
    expect(Number(row!.count)).toBe(0);
  });

  it('is for contact managers, on their own uploads', async () => {
    const uploadId = await uploaded(api.url, manager, generatedCsv(2));
    const input = { uploadId, name: unique('perm'), phoneColumns: ['phone'] };
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await importDatabase(api.url, agent.token, input), 'FORBIDDEN');
    const otherManager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    failed(await importDatabase(api.url, otherManager.token, input), 'NOT_FOUND');
    failed(await importDatabase(api.url, manager, { ...input, uploadId: 'nope' }), 'NOT_FOUND');
    await imported(api.url, manager, input);
  });
});
