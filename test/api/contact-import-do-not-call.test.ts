import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, DoNotCallList, DoNotCallNumber, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { fixture, uploaded } from './contact-import-support.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(() => closeTestApi(api, orm));

const IMPORT = `mutation ($input: ImportDoNotCallNumbersInput!) {
  importDoNotCallNumbers(input: $input) { added ignored list { id numberCount } } }`;
const ADD = `mutation ($listId: ID!, $phones: [String!]!) { addDoNotCallNumbers(listId: $listId, phones: $phones) { added } }`;

async function createList(): Promise<string> {
  const data = ok(
    await graphql(
      api.url,
      'mutation ($input: CreateDoNotCallListInput!) { createDoNotCallList(input: $input) { id } }',
      { input: { name: unique('dnc') } },
      manager,
    ),
  );
  return data.createDoNotCallList.id;
}

async function stored(listId: string) {
  const em = orm.em.fork();
  const numbers = await em.find(DoNotCallNumber, { list: listId }, { orderBy: { phone: 'asc' } });
  const list = await em.findOneOrFail(DoNotCallList, { id: listId });
  return { phones: numbers.map((number) => number.phone), numberCount: list.numberCount };
}

describe('importDoNotCallNumbers', () => {
  it('normalizes numbers and ignores those repeated or already listed, as addDoNotCallNumbers', async () => {
    const listId = await createList();
    // "0054…" is the file's "+54…" (phoneKey): listed already, so the import ignores it.
    ok(await graphql(api.url, ADD, { listId, phones: ['011 4444 0003', '0054 11 4444 0001'] }, manager));
    const uploadId = await uploaded(api.url, manager, await fixture('good/do-not-call.csv'));
    const result = ok(
      await graphql(api.url, IMPORT, { input: { uploadId, listId, phoneColumn: 'number' } }, manager),
    ).importDoNotCallNumbers;
    expect(result).toEqual({ added: 1, ignored: 3, list: { id: listId, numberCount: 3 } });
    expect(await stored(listId)).toEqual({
      phones: ['01144440002', '01144440003', '541144440001'],
      numberCount: 3,
    });
    const blocked = ok(
      await graphql(api.url, 'query { isNumberBlocked(phone: "(011) 4444-0002") { blocked } }', {}, manager),
    );
    expect(blocked.isNumberBlocked.blocked).toBe(true);
  });

  it('refuses the whole file when a value is not a number, by row and column', async () => {
    const listId = await createList();
    const uploadId = await uploaded(api.url, manager, await fixture('bad/do-not-call-invalid.csv'));
    const error = failed(
      await graphql(api.url, IMPORT, { input: { uploadId, listId, phoneColumn: 'number' } }, manager),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['details'].problems).toEqual([
      { row: 3, column: 'number', message: '"not a number" is not a phone number' },
      { row: 6, column: 'number', message: '"12" is not a phone number' },
    ]);
    expect(await stored(listId)).toEqual({ phones: [], numberCount: 0 });
    const unknown = failed(
      await graphql(api.url, IMPORT, { input: { uploadId, listId, phoneColumn: 'phone' } }, manager),
      'BAD_USER_INPUT',
    );
    expect(unknown.extensions?.['details'].problems[0]).toMatchObject({ column: 'phone' });
  });

  it('needs DO_NOT_CALL_MANAGE and an existing list', async () => {
    const uploadId = await uploaded(api.url, manager, await fixture('good/do-not-call.csv'));
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const input = { uploadId, listId: await createList(), phoneColumn: 'number' };
    failed(await graphql(api.url, IMPORT, { input }, agent.token), 'FORBIDDEN');
    failed(
      await graphql(api.url, IMPORT, { input: { ...input, listId: '00000000-0000-4000-8000-000000000000' } }, manager),
      'NOT_FOUND',
    );
  });
});
