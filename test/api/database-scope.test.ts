import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignState, CampaignType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { COLUMNS, addContact, caller, createCampaign, createDatabase, newPhone } from '../support/contact-factory.js';
import { IMPORT, uploaded } from './contact-import-support.js';

/*
 * Who reaches a contact database (contact-database-scope.ts): its creator, the supervisors of
 * the campaigns that use or used it, CAMPAIGNS_ALL; agents through their campaigns. Every path
 * asks the same rule: GraphQL, the exports, campaign settings, templates, imports.
 */

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof caller>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = caller(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const CREATE_DATABASE = `mutation ($input: CreateContactDatabaseInput!) { createContactDatabase(input: $input) { id } }`;
const DATABASE = `query ($id: ID!) { contactDatabase(id: $id) { id name } }`;
const DATABASES = `query { contactDatabases(first: 500) { nodes { id } } }`;
const UPDATE_DATABASE = `mutation ($id: ID!, $input: UpdateContactDatabaseInput!) { updateContactDatabase(id: $id, input: $input) { id } }`;
const DELETE_DATABASE = 'mutation ($id: ID!) { deleteContactDatabase(id: $id) }';
const CONTACTS = `query ($db: ID!) { contacts(databaseId: $db) { totalCount nodes { id } } }`;
const CONTACT = `query ($id: ID!) { contact(id: $id) { id } }`;
const CREATE_CONTACT = `mutation ($db: ID!, $data: JSONObject!) { createContact(databaseId: $db, data: $data) { id } }`;
const DELETE_CONTACT = 'mutation ($id: ID!) { deleteContact(id: $id) }';
const SEARCH = `query ($phone: String!) { searchContactsByPhone(phone: $phone) { id } }`;
const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) { id contactDatabase { id } } }`;
const UPDATE_CAMPAIGN = `mutation ($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) { id contactDatabase { id } } }`;
const TEMPLATES = `query { campaigns(filter: { isTemplate: true }, first: 500) { nodes { id contactDatabase { id } } } }`;
const FROM_TEMPLATE = `mutation ($template: ID!, $name: String!, $overrides: CampaignSettingsInput) {
  createCampaignFromTemplate(templateId: $template, name: $name, overrides: $overrides) { id contactDatabase { id } } }`;
const SAVE_AS_TEMPLATE = `mutation ($campaign: ID!, $name: String!) {
  saveCampaignAsTemplate(campaignId: $campaign, name: $name) { id contactDatabase { id } } }`;
const REPLACE = `mutation ($campaign: ID!, $database: ID!) {
  replaceCampaignContactDatabase(campaignId: $campaign, databaseId: $database) { id contactDatabase { id } } }`;
const HISTORY = `query ($id: ID!) { campaign(id: $id) { databaseHistory { fromDatabase { id } toDatabase { id } } } }`;
const CREATE_LIST = `mutation ($input: CreateDoNotCallListInput!) { createDoNotCallList(input: $input) { id } }`;
const IMPORT_NUMBERS = `mutation ($input: ImportDoNotCallNumbersInput!) { importDoNotCallNumbers(input: $input) { added } }`;

type Caller = ReturnType<typeof caller>;

async function supervisor(): Promise<{ run: Caller; token: string; user: { id: string } }> {
  const user = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  return { run: caller(api.url, user.token), token: user.token, user: user.user };
}

/** A database created through the API by `run`, who then owns it, with one contact. */
async function ownDatabase(run: Caller) {
  const input = {
    name: unique('owned'),
    columns: COLUMNS,
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: 'customer_id',
  };
  const { id } = ok(await run(CREATE_DATABASE, { input })).createContactDatabase;
  const phone = newPhone();
  const contact = ok(await run(CREATE_CONTACT, { db: id, data: { phone, name: 'Ada' } })).createContact;
  return { id: id as string, contactId: contact.id as string, phone };
}

function exportStatus(token: string, databaseId: string): Promise<number> {
  const url = new URL(`/exports/contact-databases/${databaseId}.csv`, api.url);
  return fetch(url, { headers: { authorization: `Bearer ${token}` } }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

function notFoundField(result: Parameters<typeof failed>[0]): string | undefined {
  return failed(result, 'NOT_FOUND').extensions?.['details']?.field;
}

/** Everything another supervisor could do with a database it does not reach: each is NOT_FOUND. */
async function expectUnreachable(
  other: Awaited<ReturnType<typeof supervisor>>,
  database: Awaited<ReturnType<typeof ownDatabase>>,
) {
  failed(await other.run(DATABASE, { id: database.id }), 'NOT_FOUND');
  const listed = ok(await other.run(DATABASES)).contactDatabases.nodes.map((node: { id: string }) => node.id);
  expect(listed).not.toContain(database.id);
  failed(await other.run(CONTACTS, { db: database.id }), 'NOT_FOUND');
  failed(await other.run(CONTACT, { id: database.contactId }), 'NOT_FOUND');
  expect(ok(await other.run(SEARCH, { phone: database.phone })).searchContactsByPhone).toEqual([]);
  failed(await other.run(CREATE_CONTACT, { db: database.id, data: { phone: newPhone() } }), 'NOT_FOUND');
  failed(await other.run(DELETE_CONTACT, { id: database.contactId }), 'NOT_FOUND');
  failed(await other.run(UPDATE_DATABASE, { id: database.id, input: { name: unique('taken') } }), 'NOT_FOUND');
  failed(await other.run(DELETE_DATABASE, { id: database.id }), 'NOT_FOUND');
  expect(await exportStatus(other.token, database.id)).toBe(404);
}

describe("another supervisor's database", () => {
  it('cannot be put in a campaign, read or exported by a supervisor of no campaign', async () => {
    const owner = await supervisor();
    const other = await supervisor();
    const database = await ownDatabase(owner.run);
    const input = { name: unique('campaign'), type: CampaignType.DIALER, contactDatabaseId: database.id };
    expect(notFoundField(await other.run(CREATE_CAMPAIGN, { input }))).toBe('contactDatabaseId');
    expect(notFoundField(await other.run(CREATE_CAMPAIGN, { input: { ...input, isTemplate: true } }))).toBe(
      'contactDatabaseId',
    );
    const own = ok(
      await other.run(CREATE_CAMPAIGN, { input: { name: unique('campaign'), type: CampaignType.MANUAL } }),
    );
    const update = { id: own.createCampaign.id, input: { contactDatabaseId: database.id } };
    expect(notFoundField(await other.run(UPDATE_CAMPAIGN, update))).toBe('contactDatabaseId');
    await expectUnreachable(other, database);
    // Its creator reaches it, with or without a campaign on it.
    ok(await owner.run(DATABASE, { id: database.id }));
    expect(await exportStatus(owner.token, database.id)).toBe(200);
    ok(await owner.run(CREATE_CAMPAIGN, { input }));
    ok(await manager(DATABASE, { id: database.id }));
  });

  it('is not shown through templates, nor taken over by creating a campaign from one', async () => {
    const owner = await supervisor();
    const other = await supervisor();
    const database = await ownDatabase(owner.run);
    const template = ok(
      await owner.run(CREATE_CAMPAIGN, {
        input: {
          name: unique('template'),
          type: CampaignType.DIALER,
          contactDatabaseId: database.id,
          isTemplate: true,
        },
      }),
    ).createCampaign;
    expect(template.contactDatabase).toEqual({ id: database.id });
    const seen = ok(await other.run(TEMPLATES)).campaigns.nodes.find((node: { id: string }) => node.id === template.id);
    expect(seen).toEqual({ id: template.id, contactDatabase: null });

    const refused = await other.run(FROM_TEMPLATE, { template: template.id, name: unique('copy') });
    expect(notFoundField(refused)).toBe('contactDatabaseId');
    expect(JSON.stringify(refused.errors)).not.toContain(database.id);
    const saved = await other.run(SAVE_AS_TEMPLATE, { campaign: template.id, name: unique('copy') });
    expect(notFoundField(saved)).toBe('contactDatabaseId');
    expect(JSON.stringify(saved.errors)).not.toContain(database.id);
    await expectUnreachable(other, database);

    // With a database of its own instead, the template serves it as any other.
    const mine = await ownDatabase(other.run);
    const copy = ok(
      await other.run(FROM_TEMPLATE, {
        template: template.id,
        name: unique('copy'),
        overrides: { contactDatabaseId: mine.id },
      }),
    ).createCampaignFromTemplate;
    expect(copy.contactDatabase).toEqual({ id: mine.id });
    expect(ok(await owner.run(FROM_TEMPLATE, { template: template.id, name: unique('copy') }))).toBeTruthy();
  });

  it('created outside the API, with no creator, is reached only through campaigns and by CAMPAIGNS_ALL', async () => {
    const someone = await supervisor();
    const database = await createDatabase(orm);
    await addContact(orm, database);
    failed(await someone.run(DATABASE, { id: database.id }), 'NOT_FOUND');
    ok(await manager(DATABASE, { id: database.id }));
    await createCampaign(orm, { database, supervisors: [someone.user as never] });
    ok(await someone.run(DATABASE, { id: database.id }));
  });
});

describe('a database replaced out of a campaign', () => {
  it("stays with the campaign's supervisors and out of everyone else's reach", async () => {
    const owner = await supervisor();
    const other = await supervisor();
    // Created outside the API: its supervisor reaches it only through the campaign.
    const earlier = await createDatabase(orm);
    const contact = await addContact(orm, earlier);
    const campaign = await createCampaign(orm, {
      type: CampaignType.DIALER,
      database: earlier,
      supervisors: [owner.user as never],
      state: CampaignState.PAUSED,
    });
    const next = await ownDatabase(owner.run);
    expect(notFoundField(await other.run(REPLACE, { campaign: campaign.id, database: next.id }))).toBe('campaignId');
    ok(await owner.run(REPLACE, { campaign: campaign.id, database: next.id }));
    const history = ok(await owner.run(HISTORY, { id: campaign.id })).campaign.databaseHistory;
    expect(history).toEqual([{ fromDatabase: { id: earlier.id }, toDatabase: { id: next.id } }]);

    // No campaign uses it any more; its campaign's supervisor still reads it (history and
    // dispositions point at its contacts), nobody else does.
    ok(await owner.run(DATABASE, { id: earlier.id }));
    expect(ok(await owner.run(CONTACTS, { db: earlier.id })).contacts.totalCount).toBe(1);
    expect(await exportStatus(owner.token, earlier.id)).toBe(200);
    await expectUnreachable(other, { id: earlier.id, contactId: contact.id, phone: contact.phone });

    // Nor can another supervisor pick it for a campaign of its own.
    const input = { name: unique('campaign'), type: CampaignType.DIALER, contactDatabaseId: earlier.id };
    expect(notFoundField(await other.run(CREATE_CAMPAIGN, { input }))).toBe('contactDatabaseId');
    const theirs = await createCampaign(orm, {
      type: CampaignType.DIALER,
      database: (await createDatabase(orm)) as never,
      supervisors: [other.user as never],
      state: CampaignState.PAUSED,
    });
    expect(notFoundField(await other.run(REPLACE, { campaign: theirs.id, database: earlier.id }))).toBe('databaseId');
  });
});

describe('staged uploads', () => {
  it("are imported only by their uploader: another user's upload id is NOT_FOUND", async () => {
    const owner = await supervisor();
    const other = await supervisor();
    const uploadId = await uploaded(api.url, owner.token, `phone,name\n${newPhone()},Ada\n`);
    const input = { uploadId, name: unique('imported'), phoneColumns: ['phone'] };
    expect(failed(await other.run(IMPORT, { input }), 'NOT_FOUND').extensions?.['details']).toMatchObject({
      id: uploadId,
    });
    const list = ok(await manager(CREATE_LIST, { input: { name: unique('dnc') } })).createDoNotCallList;
    failed(
      await other.run(IMPORT_NUMBERS, { input: { uploadId, listId: list.id, phoneColumn: 'phone' } }),
      'NOT_FOUND',
    );
    const imported = ok(await owner.run(IMPORT, { input })).importContactDatabase;
    // The import's database belongs to its uploader.
    ok(await owner.run(DATABASE, { id: imported.database.id }));
    failed(await other.run(DATABASE, { id: imported.database.id }), 'NOT_FOUND');
  });
});
