import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { BuiltInRole, Campaign, CampaignState, DispositionType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import {
  COLUMNS,
  addContact,
  caller,
  createCampaign,
  createDatabase,
  createFormWith,
  createOption,
  dispositionScenario,
} from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;
let managerToken: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  managerToken = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
});
afterAll(() => closeTestApi(api, orm));

function download(path: string, token: string | null = managerToken): Promise<Response> {
  const url = new URL(path, api.url);
  return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status, await response.clone().text()).toBe(200);
  return parse(await response.text()) as string[][];
}

const databasePath = (database: { id: string }) => `/exports/contact-databases/${database.id}.csv`;
const resultsPath = (campaign: { id: string }) => `/exports/campaigns/${campaign.id}/results.csv`;

describe('contact database export', () => {
  it('writes the columns in order, then one row per contact in creation order, with a safe file name', async () => {
    const database = await createDatabase(orm);
    const name = `Clientes "VIP"/ñ ${randomUUID().slice(0, 6)}`;
    await orm.em.fork().nativeUpdate('ContactDatabase', { id: database.id }, { name });
    const first = await addContact(orm, database, { name: 'Ada', customer_id: 'C-1', salary: '100' });
    const second = await addContact(orm, database, { name: 'Alan', mobile: '+5491144440000' });

    const response = await download(databasePath(database));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="contacts-Clientes_VIP_n_[A-Za-z0-9]+\.csv"$/,
    );
    expect(await csvRows(response)).toEqual([
      COLUMNS,
      [first.phone, '', 'Ada', 'McKenna', 'C-1', '100'],
      [second.phone, '+5491144440000', 'Alan', 'McKenna', '', ''],
    ]);
  });

  it('streams thousands of contacts in chunks, page after page, each once and in order', async () => {
    const database = await createDatabase(orm, { columns: ['phone', 'name'], phoneColumns: ['phone'] });
    const total = 12_345;
    // Seven contacts per microsecond: ties (broken by id) straddle page boundaries, in microseconds a JS Date loses.
    await orm.em.fork().execute(
      `insert into contacts (id, created_at, updated_at, database_id, phone, data)
       select gen_random_uuid(), timestamptz '2026-01-01 00:00:00+00' + (i / 7) * interval '1 microsecond', now(), ?,
              '+54911' || lpad(i::text, 7, '0'),
              jsonb_build_object('phone', '+54911' || lpad(i::text, 7, '0'), 'name', 'Contact ' || i)
         from generate_series(1, ?) i`,
      [database.id, total],
    );
    const expected = (
      await orm.em
        .fork()
        .execute<Array<{ phone: string }>>('select phone from contacts where database_id = ? order by created_at, id', [
          database.id,
        ])
    ).map((row) => row.phone);

    const response = await download(databasePath(database));
    expect(response.status).toBe(200);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks += 1;
      text += decoder.decode(read.value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual(['phone', 'name']);
    const phones = rows.slice(1).map((row) => row[0]);
    expect(phones).toHaveLength(total);
    expect(phones).toEqual(expected);
  });

  it('lets a client walk away halfway without harm to the next downloads', async () => {
    const database = await createDatabase(orm, { columns: ['phone', 'name'], phoneColumns: ['phone'] });
    await orm.em.fork().execute(
      `insert into contacts (id, created_at, updated_at, database_id, phone, data)
       select gen_random_uuid(), now(), now(), ?, '+54922' || lpad(i::text, 7, '0'),
              jsonb_build_object('phone', '+54922' || lpad(i::text, 7, '0'), 'name', repeat('x', 200))
         from generate_series(1, 20000) i`,
      [database.id],
    );
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const aborter = new AbortController();
      const response = await fetch(new URL(databasePath(database), api.url), {
        headers: { authorization: `Bearer ${managerToken}` },
        signal: aborter.signal,
      });
      await response.body!.getReader().read();
      aborter.abort();
    }
    const rows = await csvRows(await download(databasePath(database)));
    expect(rows).toHaveLength(20_001);
  });

  it('neutralises cells a spreadsheet would run as formulas, keeping stored phone numbers dialable', async () => {
    const database = await createDatabase(orm, {
      columns: ['phone', 'mobile', 'name', '=cmd'],
      phoneColumns: ['phone', 'mobile'],
      externalIdColumn: null,
    });
    const values = ['=SUM(1)', '+cmd', '-2+3', '@x', '\tx', '\rx', 'plain', '+5491155551234'];
    for (const value of values) await addContact(orm, database, { mobile: '+5491155551234', name: value });
    await addContact(orm, database, { mobile: '-5491155551234', name: 'bad mobile' });

    const response = await download(databasePath(database));
    const text = await response.clone().text();
    const rows = await csvRows(response);
    expect(rows[0]).toEqual(['phone', 'mobile', 'name', "'=cmd"]);
    expect(rows.slice(1, -1).map((row) => row[2])).toEqual([
      "'=SUM(1)",
      "'+cmd",
      "'-2+3",
      "'@x",
      "'\tx",
      "'\rx",
      'plain',
      // A number in a column that is not a phone column is text like any other.
      "'+5491155551234",
    ]);
    expect(rows.slice(1, -1).every((row) => row[1] === '+5491155551234' && /^\+54911\d+$/.test(row[0]!))).toBe(true);
    expect(rows.at(-1)![1]).toBe("'-5491155551234");
    expect(text).toContain(`"+5491155551234","'=SUM(1)"`);
  });
});

describe('campaign results export', () => {
  const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { updatedAt } }`;

  async function resultsScenario() {
    const scenario = await dispositionScenario(orm, api.url);
    const { campaign, database, options, asAgent } = scenario;
    // A second ENGAGED form sharing a field name: one column per name.
    const quote = await createOption(orm, campaign, {
      name: 'Quote',
      type: DispositionType.ENGAGED,
      form: await createFormWith(orm, [
        { name: 'comments', type: 'TEXT' as never },
        { name: 'budget', type: 'NUMBER' as never },
      ]),
    });
    const engagedContact = scenario.contact;
    const noActionContact = await addContact(orm, database, { name: 'Busy', customer_id: 'C-78' });
    const untouched = await addContact(orm, database, { name: 'Nobody', customer_id: 'C-79' });
    const dispose = async (input: Record<string, unknown>) =>
      ok(await asAgent(DISPOSE, { input: { campaignId: campaign.id, ...input } })).disposeContact.updatedAt as string;
    await dispose({ contactId: engagedContact.id, optionId: options.noAction.id });
    const engagedAt = await dispose({
      contactId: engagedContact.id,
      optionId: options.engaged.id,
      comment: 'second call',
      answers: {
        comments: '=HYPERLINK("http://example.com")',
        visit_date: '2026-03-01',
        satisfaction: 'Satisfied',
        quantity: -3,
      },
    });
    const noActionAt = await dispose({ contactId: noActionContact.id, optionId: options.noAction.id, comment: '-2+3' });
    // The same contact dispositioned in another campaign on the same database stays out.
    const other = await createCampaign(orm, { database, agents: [scenario.agent.user] });
    const otherOption = await createOption(orm, other);
    ok(
      await asAgent(DISPOSE, {
        input: { campaignId: other.id, contactId: untouched.id, optionId: otherOption.id },
      }),
    );
    return { ...scenario, quote, engagedContact, noActionContact, untouched, engagedAt, noActionAt };
  }

  it('writes every contact with its current disposition, and ENGAGED answers as columns', async () => {
    const scenario = await resultsScenario();
    const { campaign, agent, engagedContact, noActionContact, untouched } = scenario;
    const response = await download(resultsPath(campaign), scenario.supervisor.token);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="results-campaign_\w+\.csv"$/);
    const rows = await csvRows(response);
    expect(rows[0]).toEqual([
      ...COLUMNS,
      'disposition',
      'disposition_type',
      'agent',
      'disposition_time',
      'disposition_comment',
      'comments',
      'details',
      'visit_date',
      'satisfaction',
      'quantity',
      'budget',
    ]);
    const contactCells = (contact: { phone: string; data: Record<string, string> }) =>
      COLUMNS.map((column) => contact.data[column] ?? '');
    expect(rows.slice(1)).toEqual([
      [
        ...contactCells(engagedContact),
        'Survey',
        'ENGAGED',
        agent.username,
        scenario.engagedAt,
        'second call',
        `'=HYPERLINK("http://example.com")`,
        '',
        '2026-03-01',
        'Satisfied',
        "'-3",
        '',
      ],
      [
        ...contactCells(noActionContact),
        'Busy later',
        'NO_ACTION',
        agent.username,
        scenario.noActionAt,
        "'-2+3",
        ...Array(6).fill(''),
      ],
      [...contactCells(untouched), ...Array(11).fill('')],
    ]);
  });

  it("exports only the campaign's current database after a replacement, and a header alone without one", async () => {
    const first = await createDatabase(orm);
    const second = await createDatabase(orm);
    await addContact(orm, first, { name: 'Earlier' });
    await addContact(orm, second, { name: 'Later' });
    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    ok(
      await caller(api.url, managerToken)(
        'mutation ($c: ID!, $d: ID!) { replaceCampaignContactDatabase(campaignId: $c, databaseId: $d) { id } }',
        { c: campaign.id, d: second.id },
      ),
    );
    const rows = await csvRows(await download(resultsPath(campaign)));
    expect(rows.slice(1).map((row) => row[2])).toEqual(['Later']);

    const inbound = await createCampaign(orm, { database: null });
    expect(await csvRows(await download(resultsPath(inbound)))).toEqual([
      ['disposition', 'disposition_type', 'agent', 'disposition_time', 'disposition_comment'],
    ]);
  });
});

describe('export permissions', () => {
  async function expectError(response: Response, status: number, code: string, reason?: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, any> }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions['code']).toBe(code);
    if (reason) expect(body.errors[0]!.extensions['reason']).toBe(reason);
    return body.errors[0]!;
  }

  it('answers 401 without a valid token', async () => {
    const database = await createDatabase(orm);
    const missing = await download(databasePath(database), null);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    await expectError(missing, 401, 'UNAUTHENTICATED');
    await expectError(await download(databasePath(database), 'not-a-token'), 401, 'UNAUTHENTICATED');
    const campaign = await createCampaign(orm, { database });
    await expectError(await download(resultsPath(campaign), null), 401, 'UNAUTHENTICATED');
  });

  it('answers 403 to agents, even on their own campaigns, and to roles without the permission', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [agent.user], supervisors: [basic.user] });
    await expectError(
      await download(databasePath(database), agent.token),
      403,
      'FORBIDDEN',
      'CONTACT_AGENTS_NOT_ALLOWED',
    );
    await expectError(
      await download(resultsPath(campaign), agent.token),
      403,
      'FORBIDDEN',
      'CONTACT_AGENTS_NOT_ALLOWED',
    );
    // A basic supervisor reads reports (results) but not contact databases.
    await expectError(await download(databasePath(database), basic.token), 403, 'FORBIDDEN');
    expect((await download(resultsPath(campaign), basic.token)).status).toBe(200);
  });

  it('answers 404 outside the viewer scope and for unknown ids, 400 for ids that are not ids or templates', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database });
    await expectError(await download(databasePath(database), supervisor.token), 404, 'NOT_FOUND');
    await expectError(await download(resultsPath(campaign), supervisor.token), 404, 'NOT_FOUND');
    await expectError(await download(databasePath({ id: randomUUID() })), 404, 'NOT_FOUND');
    await expectError(await download(resultsPath({ id: randomUUID() })), 404, 'NOT_FOUND');
    await expectError(await download(databasePath({ id: 'nope' })), 400, 'BAD_USER_INPUT');
    const template = await createCampaign(orm, { database, state: CampaignState.INACTIVE });
    await orm.em.fork().nativeUpdate(Campaign, { id: template.id }, { isTemplate: true, name: unique('template') });
    await expectError(await download(resultsPath(template)), 400, 'BAD_USER_INPUT');
    const theirs = await createCampaign(orm, { database: await createDatabase(orm), supervisors: [supervisor.user] });
    expect((await download(resultsPath(theirs), supervisor.token)).status).toBe(200);
  });
});
