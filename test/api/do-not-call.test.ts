import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, DoNotCallList, DoNotCallNumber, findBlockingLists, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(() => closeTestApi(api, orm));

const CREATE =
  'mutation ($input: CreateDoNotCallListInput!) { createDoNotCallList(input: $input) { id name numberCount } }';
const ADD = `mutation ($listId: ID!, $phones: [String!]!) {
  addDoNotCallNumbers(listId: $listId, phones: $phones) { added ignored list { id numberCount } } }`;
const REMOVE = `mutation ($listId: ID!, $phones: [String!]!) {
  removeDoNotCallNumbers(listId: $listId, phones: $phones) { removed notFound list { numberCount } } }`;
const BLOCKED = 'query ($phone: String!) { isNumberBlocked(phone: $phone) { phone blocked lists { id name } } }';
const NUMBERS = `query ($listId: ID!, $filter: DoNotCallNumberFilter, $first: Int, $after: String) {
  doNotCallNumbers(listId: $listId, filter: $filter, first: $first, after: $after) {
    totalCount nodes { phone } pageInfo { endCursor hasNextPage } } }`;

async function createList(token = manager): Promise<{ id: string; name: string }> {
  return ok(await graphql(api.url, CREATE, { input: { name: unique('dnc') } }, token)).createDoNotCallList;
}

/** What the database holds, not what the API says. */
async function storedNumbers(listId: string): Promise<{ count: number; numberCount: number }> {
  const em = orm.em.fork();
  const count = await em.count(DoNotCallNumber, { list: listId });
  const list = await em.findOneOrFail(DoNotCallList, { id: listId });
  return { count, numberCount: list.numberCount };
}

describe('do-not-call lists', () => {
  it('are created by DO_NOT_CALL_MANAGE, read by campaign readers, refused to others', async () => {
    const list = await createList();
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const read = ok(
      await graphql(api.url, 'query ($id: ID!) { doNotCallList(id: $id) { name } }', { id: list.id }, agent.token),
    );
    expect(read.doNotCallList.name).toBe(list.name);
    failed(await graphql(api.url, CREATE, { input: { name: unique('dnc') } }, agent.token), 'FORBIDDEN');
    failed(await graphql(api.url, ADD, { listId: list.id, phones: ['5551234'] }, agent.token), 'FORBIDDEN');
    failed(await graphql(api.url, CREATE, { input: { name: list.name } }, manager), 'CONFLICT');
  });

  it('normalizes added numbers, ignores duplicates and keeps numberCount right', async () => {
    const list = await createList();
    const first = ok(
      await graphql(
        api.url,
        ADD,
        { listId: list.id, phones: ['+54 11 4444-0001', '+541144440001', '(011) 4444.0002'] },
        manager,
      ),
    ).addDoNotCallNumbers;
    expect(first).toMatchObject({ added: 2, ignored: 1, list: { numberCount: 2 } });

    const second = ok(
      await graphql(api.url, ADD, { listId: list.id, phones: ['01144440002', '011 4444 0003'] }, manager),
    ).addDoNotCallNumbers;
    expect(second).toMatchObject({ added: 1, ignored: 1, list: { numberCount: 3 } });
    expect(await storedNumbers(list.id)).toEqual({ count: 3, numberCount: 3 });

    const page = ok(await graphql(api.url, NUMBERS, { listId: list.id }, manager)).doNotCallNumbers;
    expect(page.nodes.map((node: { phone: string }) => node.phone).sort()).toEqual(
      // Stored as phoneKey compares them: digits, without the international prefix.
      ['541144440001', '01144440002', '01144440003'].sort(),
    );
  });

  it('rejects a batch with invalid numbers, naming each by index, and writes nothing', async () => {
    const list = await createList();
    ok(await graphql(api.url, ADD, { listId: list.id, phones: ['5550001'] }, manager));
    const phones = ['5550002', 'call me', '+54 9 11 5555 0003', '12', '55-50-00-4x'];
    const error = failed(await graphql(api.url, ADD, { listId: list.id, phones }, manager), 'BAD_USER_INPUT');
    expect(error.extensions?.['reason']).toBe('DO_NOT_CALL_INVALID_PHONES');
    expect(error.extensions?.['details']).toEqual({
      field: 'phones',
      invalid: [
        { index: 1, value: 'call me' },
        { index: 3, value: '12' },
        { index: 4, value: '55-50-00-4x' },
      ],
    });
    expect(error.message).toMatch(/index 1, 3, 4/);
    expect(await storedNumbers(list.id)).toEqual({ count: 1, numberCount: 1 });
  });

  it('removes numbers given in any format and counts what was not there', async () => {
    const list = await createList();
    ok(await graphql(api.url, ADD, { listId: list.id, phones: ['5550011', '5550012', '5550013'] }, manager));
    const removed = ok(
      await graphql(api.url, REMOVE, { listId: list.id, phones: ['555-0011', '555 0012', '5559999'] }, manager),
    ).removeDoNotCallNumbers;
    expect(removed).toEqual({ removed: 2, notFound: 1, list: { numberCount: 1 } });
    expect(await storedNumbers(list.id)).toEqual({ count: 1, numberCount: 1 });
    const error = failed(
      await graphql(api.url, REMOVE, { listId: list.id, phones: ['abc'] }, manager),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['details']).toMatchObject({ invalid: [{ index: 0, value: 'abc' }] });
  });

  it('pages through numbers and filters them by a part typed with separators', async () => {
    const list = await createList();
    ok(await graphql(api.url, ADD, { listId: list.id, phones: ['4440001', '4440002', '4440003', '7770004'] }, manager));
    const first = ok(await graphql(api.url, NUMBERS, { listId: list.id, first: 2 }, manager)).doNotCallNumbers;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await graphql(api.url, NUMBERS, { listId: list.id, first: 2, after: first.pageInfo.endCursor }, manager),
    ).doNotCallNumbers;
    expect(rest.nodes.map((node: { phone: string }) => node.phone)).toEqual(['4440003', '7770004']);
    const filtered = ok(
      await graphql(api.url, NUMBERS, { listId: list.id, filter: { phoneContains: '444-000' } }, manager),
    ).doNotCallNumbers;
    expect(filtered.totalCount).toBe(3);
    failed(await graphql(api.url, NUMBERS, { listId: '00000000-0000-4000-8000-000000000000' }, manager), 'NOT_FOUND');
  });
});

describe('isNumberBlocked', () => {
  it('matches a number however it is formatted, across every list', async () => {
    const a = await createList();
    const b = await createList();
    const other = await createList();
    ok(await graphql(api.url, ADD, { listId: a.id, phones: ['+5491155551234'] }, manager));
    ok(await graphql(api.url, ADD, { listId: b.id, phones: ['+54 9 11 5555-1234'] }, manager));
    ok(await graphql(api.url, ADD, { listId: other.id, phones: ['+5491155550000'] }, manager));

    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const status = ok(await graphql(api.url, BLOCKED, { phone: '+54 9 (11) 5555-1234' }, agent.token)).isNumberBlocked;
    expect(status.phone).toBe('+5491155551234');
    expect(status.blocked).toBe(true);
    expect(status.lists.map((list: { id: string }) => list.id).sort()).toEqual([a.id, b.id].sort());

    // One digit fewer is another number: "+54 9 (11) 555-1234" is +549115551234.
    const shorter = ok(await graphql(api.url, BLOCKED, { phone: '+54 9 (11) 555-1234' }, manager)).isNumberBlocked;
    expect(shorter).toEqual({ phone: '+549115551234', blocked: false, lists: [] });
  });

  it('treats a number with "+", with "00" and without either as one number, wherever it is compared', async () => {
    const list = await createList();
    const digits = `1555${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`;
    const added = ok(
      await graphql(api.url, ADD, { listId: list.id, phones: [`+${digits}`, `00${digits}`, digits] }, manager),
    ).addDoNotCallNumbers;
    expect(added).toMatchObject({ added: 1, ignored: 2, list: { numberCount: 1 } });
    for (const written of [`+${digits}`, `00 ${digits}`, digits, `+1 (${digits.slice(1, 4)}) ${digits.slice(4)}`]) {
      const status = ok(await graphql(api.url, BLOCKED, { phone: written }, manager)).isNumberBlocked;
      expect(status.blocked, written).toBe(true);
      expect((await findBlockingLists(orm.em.fork(), written)).map((found) => found.id)).toEqual([list.id]);
    }
    const removed = ok(await graphql(api.url, REMOVE, { listId: list.id, phones: [`00${digits}`] }, manager));
    expect(removed.removeDoNotCallNumbers).toMatchObject({ removed: 1, list: { numberCount: 0 } });
  });

  it('reports an invalid number as BAD_USER_INPUT on the phone field', async () => {
    const error = failed(await graphql(api.url, BLOCKED, { phone: 'not a phone' }, manager), 'BAD_USER_INPUT');
    expect(error.extensions?.['details']).toMatchObject({ field: 'phone' });
  });

  it('stops blocking once the list is deleted', async () => {
    const list = await createList();
    const phone = `+1555${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`;
    ok(await graphql(api.url, ADD, { listId: list.id, phones: [phone] }, manager));
    expect(ok(await graphql(api.url, BLOCKED, { phone }, manager)).isNumberBlocked.blocked).toBe(true);
    ok(await graphql(api.url, 'mutation ($id: ID!) { deleteDoNotCallList(id: $id) }', { id: list.id }, manager));
    expect(ok(await graphql(api.url, BLOCKED, { phone }, manager)).isNumberBlocked.blocked).toBe(false);
  });

  it('is the same lookup the dialer calls: findBlockingLists', async () => {
    const list = await createList();
    ok(await graphql(api.url, ADD, { listId: list.id, phones: ['+44 20 7946 0991'] }, manager));
    const lists = await findBlockingLists(orm.em.fork(), '+44 (20) 7946-0991');
    expect(lists.map((found) => found.id)).toEqual([list.id]);
    expect(await findBlockingLists(orm.em.fork(), '+44 20 7946 0992')).toEqual([]);
    await expect(findBlockingLists(orm.em.fork(), 'x')).rejects.toMatchObject({ kind: 'BAD_USER_INPUT' });
  });
});
