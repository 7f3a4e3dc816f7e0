import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltInRole,
  CallerIdentificationSource,
  CampaignState,
  Contact,
  ContactDatabase,
  canonicalPhone,
  findContactsByPhone,
  findIdentifiedContact,
  findInboundContact,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { addContact, caller, createCampaign, createDatabase, newPhone } from '../support/contact-factory.js';
import { openScratchDatabase } from '../support/scratch-database.js';
import { importDatabase, imported, uploaded } from './contact-import-support.js';

/*
 * The phone index (contact_phones) against the contacts it mirrors, after each way contacts
 * are written: it must hold exactly canonicalPhone of every phone column's value, no more.
 */

let api: ApiServer;
let orm: Orm;
let token: string;
let manager: ReturnType<typeof caller>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  token = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
  manager = caller(api.url, token);
});
afterAll(() => closeTestApi(api, orm));

const CREATE_CONTACT = `mutation ($db: ID!, $data: JSONObject!) { createContact(databaseId: $db, data: $data) { id } }`;
const UPDATE_CONTACT = `mutation ($id: ID!, $data: JSONObject!) { updateContact(id: $id, data: $data) { id } }`;
const DELETE_CONTACT = 'mutation ($id: ID!) { deleteContact(id: $id) }';
const DELETE_DATABASE = 'mutation ($id: ID!) { deleteContactDatabase(id: $id) }';
const REPLACE = `mutation ($campaign: ID!, $database: ID!) {
  replaceCampaignContactDatabase(campaignId: $campaign, databaseId: $database) { id } }`;

type Row = { phone: string; contact_id: string; phone_index: number };

async function indexRows(databaseId: string): Promise<string[]> {
  const rows = await orm.em
    .fork()
    .execute<Row[]>('select phone, contact_id, phone_index from contact_phones where database_id = ?', [databaseId]);
  return rows.map((row) => `${row.phone} ${row.contact_id} ${row.phone_index}`).sort();
}

/** The rows the index must hold for a database: one per phone column holding a value. */
async function expectedRows(databaseId: string): Promise<string[]> {
  const em = orm.em.fork();
  const database = await em.findOneOrFail(ContactDatabase, { id: databaseId });
  const contacts = await em.find(Contact, { database: databaseId });
  return contacts
    .flatMap((contact) =>
      database.phoneColumns.flatMap((column, index) => {
        const value = contact.data[column];
        return value ? [`${canonicalPhone(value)} ${contact.id} ${index}`] : [];
      }),
    )
    .sort();
}

async function expectExact(databaseId: string, rows: number): Promise<void> {
  const expected = await expectedRows(databaseId);
  expect(expected).toHaveLength(rows);
  expect(await indexRows(databaseId)).toEqual(expected);
}

const lookup = (databaseId: string, phone: string, limit = 10) =>
  findContactsByPhone(orm.em.fork(), { databaseId, phone, limit });

/** A number no other test uses: 12 digits after a country code of 3. */
function freshDigits(): string {
  return `${Date.now() % 1_000_000_000}${Math.floor(Math.random() * 1000)}`.padStart(12, '0');
}

describe('the phone index', () => {
  it('holds every phone of an imported database in canonical form, and finds them however typed', async () => {
    const base = freshDigits();
    const csv = [
      'customer_id,phone,mobile,work,name',
      `A1,+54 9 11 ${base}-1,0054 9 11 ${base}-2,,Ana`,
      `A2,(54) 911 ${base}-3,,54911${base}4,Bruno`,
      `A3,54911${base}1,+54911${base}5,00 54 911 ${base}6,Carla`,
    ].join('\n');
    const uploadId = await uploaded(api.url, token, `${csv}\n`);
    const result = await imported(api.url, token, {
      uploadId,
      name: unique('indexed'),
      phoneColumns: ['phone', 'mobile', 'work'],
      externalIdColumn: 'customer_id',
    });
    const databaseId = result.database.id;
    await expectExact(databaseId, 7);

    const contacts = await orm.em.fork().find(Contact, { database: databaseId }, { orderBy: { externalId: 'asc' } });
    const [ana, bruno, carla] = contacts.map((contact) => contact.id);
    // Ana and Carla share one number, written with "+" and without: both, oldest (first row) first.
    for (const typed of [`+54 9 11 ${base}-1`, `0054911${base}1`, `54911${base}1`, ` 54-911-${base}.1 `]) {
      expect(await lookup(databaseId, typed), typed).toEqual([ana, carla]);
    }
    expect(await lookup(databaseId, `54911${base}1`, 1)).toEqual([ana]);
    expect(await lookup(databaseId, `+54911${base}4`)).toEqual([bruno]);
    expect(await lookup(databaseId, `+54911${base}6`)).toEqual([carla]);
    // Only the columns asked for (by position): 54911…2 is Ana's mobile (position 1).
    expect(
      await findContactsByPhone(orm.em.fork(), { databaseId, phone: `54911${base}2`, limit: 5, phoneIndexes: [0] }),
    ).toEqual([]);
    expect(
      await findContactsByPhone(orm.em.fork(), { databaseId, phone: `54911${base}2`, limit: 5, phoneIndexes: [1] }),
    ).toEqual([ana]);
    // Another database, a number nobody has, and what is no phone number at all find nothing.
    expect(await lookup((await createDatabase(orm)).id, `54911${base}1`)).toEqual([]);
    expect(await lookup(databaseId, `54911${base}9`)).toEqual([]);
    expect(await lookup(databaseId, '5491')).toEqual([]);
    for (const bad of ['', 'call me', '+', '12', `54911${base}1; drop table contacts`]) {
      expect(await lookup(databaseId, bad), bad).toEqual([]);
    }
  });

  it('leaves no rows when an import fails, after thousands of contacts were written', async () => {
    const base = freshDigits().slice(0, 7);
    const rows = ['customer_id,phone,mobile'];
    for (let n = 1; n <= 12_000; n += 1) rows.push(`C${n},+999${base}${String(n).padStart(5, '0')},`);
    rows.push('C-last,not a phone,');
    const uploadId = await uploaded(api.url, token, `${rows.join('\n')}\n`);
    failed(
      await importDatabase(api.url, token, {
        uploadId,
        name: unique('failing'),
        phoneColumns: ['phone', 'mobile'],
        externalIdColumn: 'customer_id',
      }),
      'BAD_USER_INPUT',
    );
    const [left] = await orm.em
      .fork()
      .execute<Array<{ count: string }>>(`select count(*) from contact_phones where phone like ?`, [`999${base}%`]);
    expect(Number(left!.count)).toBe(0);
  });

  it('follows contacts created, edited, emptied and deleted one by one', async () => {
    const database = await createDatabase(orm, { phoneColumns: ['phone', 'mobile'] });
    const main = newPhone();
    const created = ok(await manager(CREATE_CONTACT, { db: database.id, data: { phone: main, name: 'Ana' } }))
      .createContact.id;
    await expectExact(database.id, 1);

    const mobile = newPhone();
    ok(await manager(UPDATE_CONTACT, { id: created, data: { mobile: mobile.replace('+', '00') } }));
    await expectExact(database.id, 2);
    expect(await lookup(database.id, mobile)).toEqual([created]);

    const moved = newPhone();
    ok(await manager(UPDATE_CONTACT, { id: created, data: { phone: moved } }));
    await expectExact(database.id, 2);
    expect(await lookup(database.id, main)).toEqual([]);
    expect(await lookup(database.id, moved)).toEqual([created]);

    // A change to no phone leaves the rows as they are; emptying a phone removes its row.
    ok(await manager(UPDATE_CONTACT, { id: created, data: { name: 'Ana María' } }));
    await expectExact(database.id, 2);
    ok(await manager(UPDATE_CONTACT, { id: created, data: { mobile: null } }));
    await expectExact(database.id, 1);
    expect(await lookup(database.id, mobile)).toEqual([]);

    // Refused edits change nothing.
    failed(await manager(UPDATE_CONTACT, { id: created, data: { phone: 'not a phone' } }), 'BAD_USER_INPUT');
    await expectExact(database.id, 1);

    const other = await addContact(orm, database, { mobile: newPhone() });
    await expectExact(database.id, 3);
    ok(await manager(DELETE_CONTACT, { id: created }));
    await expectExact(database.id, 2);
    expect(await lookup(database.id, moved)).toEqual([]);
    expect(await lookup(database.id, other.phone)).toEqual([other.id]);
  });

  it('drops a deleted database with its rows, and a replaced campaign database is looked up in the new one', async () => {
    const first = await createDatabase(orm);
    const second = await createDatabase(orm);
    const phone = newPhone();
    const inFirst = await addContact(orm, first, { phone });
    const inSecond = await addContact(orm, second, { mobile: phone });
    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    expect((await findInboundContact(orm.em.fork(), campaign.id, phone))?.id).toBe(inFirst.id);

    ok(await manager(REPLACE, { campaign: campaign.id, database: second.id }));
    expect((await findInboundContact(orm.em.fork(), campaign.id, phone.replace('+', '00')))?.id).toBe(inSecond.id);
    await expectExact(second.id, 2);

    const spare = await createDatabase(orm);
    for (let n = 0; n < 3; n += 1) await addContact(orm, spare, { mobile: newPhone() });
    await expectExact(spare.id, 6);
    ok(await manager(DELETE_DATABASE, { id: spare.id }));
    expect(await indexRows(spare.id)).toEqual([]);
    await expectExact(second.id, 2);
  });

  it('identifies a caller by number (caller identification node) through the index, in any phone column', async () => {
    const database = await createDatabase(orm);
    const phone = newPhone();
    const older = await addContact(orm, database, { mobile: phone });
    await addContact(orm, database, { phone });
    const node = { contactDatabaseId: database.id, source: CallerIdentificationSource.CALLER_NUMBER };
    expect(await findIdentifiedContact(orm.em.fork(), node, phone.replace('+', '00'))).toBe(older.id);
    expect(await findIdentifiedContact(orm.em.fork(), node, newPhone())).toBeNull();
    expect(await findIdentifiedContact(orm.em.fork(), node, 'not a number')).toBeNull();
  });

  it('is filled by its migration for the contacts already there', async () => {
    const scratch = await openScratchDatabase('phone_index_backfill');
    try {
      const migrator = scratch.orm.getMigrator();
      await migrator.down({ to: '20261202183544-spy-call-events' });
      const em = scratch.orm.em.fork();
      const [database] = await em.execute<Array<{ id: string }>>(
        `insert into contact_databases (id, name, columns, phone_columns)
         values (gen_random_uuid(), 'old', '{phone,mobile,name}', '{phone,mobile}') returning id`,
      );
      await em.execute(
        `insert into contacts (id, database_id, phone, data)
         select gen_random_uuid(), ?, '+5411' || n, jsonb_build_object('phone', '+5411' || n, 'mobile',
                case when n % 2 = 0 then '005415' || n end, 'name', '5411' || n)
         from generate_series(1000, 1099) n`,
        [database!.id],
      );
      await migrator.up();
      const rows = await scratch.orm.em
        .fork()
        .execute<Row[]>('select phone, contact_id, phone_index from contact_phones where database_id = ?', [
          database!.id,
        ]);
      expect(rows).toHaveLength(150);
      expect(rows.filter((row) => row.phone_index === 1).every((row) => row.phone.startsWith('5415'))).toBe(true);
      expect(
        await findContactsByPhone(scratch.orm.em.fork(), { databaseId: database!.id, phone: '+54 11 1042', limit: 5 }),
      ).toHaveLength(1);
    } finally {
      await scratch.drop();
    }
  });
});
