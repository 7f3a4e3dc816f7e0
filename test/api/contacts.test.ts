import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, ContactDatabase, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { COLUMNS, addContact, caller, createCampaign, createDatabase, newPhone } from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof caller>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = caller(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const DATABASE_FIELDS = 'id name columns phoneColumns externalIdColumn contactCount';
const CREATE_DATABASE = `mutation ($input: CreateContactDatabaseInput!) { createContactDatabase(input: $input) { ${DATABASE_FIELDS} } }`;
const UPDATE_DATABASE = `mutation ($id: ID!, $input: UpdateContactDatabaseInput!) { updateContactDatabase(id: $id, input: $input) { ${DATABASE_FIELDS} } }`;
const DELETE_DATABASE = 'mutation ($id: ID!) { deleteContactDatabase(id: $id) }';
const DATABASE = `query ($id: ID!) { contactDatabase(id: $id) { ${DATABASE_FIELDS} } }`;
const CONTACT_FIELDS = 'id phone externalId data database { id }';
const CREATE_CONTACT = `mutation ($db: ID!, $data: JSONObject!) { createContact(databaseId: $db, data: $data) { ${CONTACT_FIELDS} } }`;
const UPDATE_CONTACT = `mutation ($id: ID!, $data: JSONObject!) { updateContact(id: $id, data: $data) { ${CONTACT_FIELDS} } }`;
const DELETE_CONTACT = 'mutation ($id: ID!) { deleteContact(id: $id) }';
const CONTACTS = `query ($db: ID!, $filter: ContactFilter, $first: Int, $after: String) {
  contacts(databaseId: $db, filter: $filter, first: $first, after: $after) {
    totalCount nodes { ${CONTACT_FIELDS} } pageInfo { endCursor hasNextPage } } }`;
const CAMPAIGN_CONTACTS = `query ($campaign: ID!, $filter: ContactFilter) {
  campaignContacts(campaignId: $campaign, filter: $filter) { totalCount nodes { ${CONTACT_FIELDS} } } }`;
const UPDATE_CAMPAIGN_CONTACT = `mutation ($campaign: ID!, $contact: ID!, $data: JSONObject!) {
  updateCampaignContact(campaignId: $campaign, contactId: $contact, data: $data) { ${CONTACT_FIELDS} } }`;
const SEARCH = `query ($phone: String!) { searchContactsByPhone(phone: $phone) { ${CONTACT_FIELDS} } }`;

function databaseInput(overrides: Record<string, unknown> = {}) {
  return {
    name: unique('customers'),
    columns: COLUMNS,
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: 'customer_id',
    ...overrides,
  };
}

async function newDatabaseThroughApi(overrides: Record<string, unknown> = {}) {
  return ok(await manager(CREATE_DATABASE, { input: databaseInput(overrides) })).createContactDatabase;
}

function problemFields(error: { extensions?: Record<string, any> }): string[] {
  return (error.extensions?.['details']?.problems ?? []).map((problem: { field: string }) => problem.field);
}

describe('contact databases', () => {
  it('creates a database whose first phone column is the main phone', async () => {
    const database = await newDatabaseThroughApi({
      columns: [' phone ', 'mobile', 'name', 'customer_id', 'salary', 'surname'],
    });
    expect(database).toMatchObject({
      phoneColumns: ['phone', 'mobile'],
      externalIdColumn: 'customer_id',
      contactCount: 0,
    });
    expect(database.columns[0]).toBe('phone');
  });

  it('refuses a bad structure, naming every problem', async () => {
    const error = failed(
      await manager(CREATE_DATABASE, {
        input: databaseInput({
          columns: ['phone', 'name', 'name', ''],
          phoneColumns: ['mobile'],
          externalIdColumn: 'id',
        }),
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('CONTACT_INVALID_STRUCTURE');
    expect(problemFields(error)).toEqual(['columns[2]', 'columns[3]', 'phoneColumns[0]', 'externalIdColumn']);
    const noPhone = failed(
      await manager(CREATE_DATABASE, { input: databaseInput({ phoneColumns: [] }) }),
      'BAD_USER_INPUT',
    );
    expect(noPhone.extensions?.['details']?.field).toBe('phoneColumns');
  });

  it('keeps the structure while the database has contacts, but not the name', async () => {
    const database = await newDatabaseThroughApi();
    const renamed = ok(await manager(UPDATE_DATABASE, { id: database.id, input: { columns: [...COLUMNS, 'email'] } }));
    expect(renamed.updateContactDatabase.columns).toContain('email');
    ok(await manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone() } }));
    const locked = failed(
      await manager(UPDATE_DATABASE, { id: database.id, input: { phoneColumns: ['mobile'] } }),
      'CONFLICT',
    );
    expect(locked.extensions?.['reason']).toBe('CONTACT_STRUCTURE_LOCKED');
    const name = unique('renamed');
    ok(await manager(UPDATE_DATABASE, { id: database.id, input: { name, columns: [...COLUMNS, 'email'] } }));
    expect(ok(await manager(DATABASE, { id: database.id })).contactDatabase.name).toBe(name);
  });

  it('refuses to delete a database a campaign uses, and deletes one no campaign uses', async () => {
    const used = await createDatabase(orm);
    await createCampaign(orm, { database: used });
    const error = failed(await manager(DELETE_DATABASE, { id: used.id }), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('CONTACT_DATABASE_IN_USE');
    const free = await newDatabaseThroughApi();
    ok(await manager(CREATE_CONTACT, { db: free.id, data: { phone: newPhone() } }));
    expect(ok(await manager(DELETE_DATABASE, { id: free.id })).deleteContactDatabase).toBe(free.id);
    failed(await manager(DATABASE, { id: free.id }), 'NOT_FOUND');
  });

  it("shows supervisors the databases of their campaigns and their own, not other campaigns' nor unused ones", async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const asSupervisor = caller(api.url, supervisor.token);
    const theirs = await createDatabase(orm);
    const others = await createDatabase(orm);
    const own = await createDatabase(orm, { createdBy: supervisor.user });
    const unused = await createDatabase(orm);
    await createCampaign(orm, { database: theirs, supervisors: [supervisor.user] });
    await createCampaign(orm, { database: others });
    ok(await asSupervisor(DATABASE, { id: theirs.id }));
    ok(await asSupervisor(DATABASE, { id: own.id }));
    // See database-scope.test.ts: a database of nobody's campaign is its creator's only.
    failed(await asSupervisor(DATABASE, { id: unused.id }), 'NOT_FOUND');
    failed(await asSupervisor(DATABASE, { id: others.id }), 'NOT_FOUND');
    failed(await asSupervisor(CONTACTS, { db: others.id }), 'NOT_FOUND');
    ok(await manager(DATABASE, { id: others.id }));
  });

  it('lets no agent create or change databases', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await caller(api.url, agent.token)(CREATE_DATABASE, { input: databaseInput() }), 'FORBIDDEN');
  });
});

describe('contacts', () => {
  it('stores normalized phones, mirrors the main phone and the external id, and counts contacts', async () => {
    const database = await newDatabaseThroughApi();
    const created = ok(
      await manager(CREATE_CONTACT, {
        db: database.id,
        data: {
          phone: '+54 (911) 555-0101',
          mobile: '911 555 0102',
          name: 'Timothy',
          customer_id: 'C-1',
          salary: 1200,
        },
      }),
    ).createContact;
    expect(created).toMatchObject({
      phone: '+549115550101',
      externalId: 'C-1',
      data: { phone: '+549115550101', mobile: '9115550102', name: 'Timothy', customer_id: 'C-1', salary: '1200' },
    });
    ok(await manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone() } }));
    expect(ok(await manager(DATABASE, { id: database.id })).contactDatabase.contactCount).toBe(2);
    ok(await manager(DELETE_CONTACT, { id: created.id }));
    expect(ok(await manager(DATABASE, { id: database.id })).contactDatabase.contactCount).toBe(1);
  });

  it('refuses unknown columns, a missing main phone and invalid phones, naming each', async () => {
    const database = await newDatabaseThroughApi();
    const unknown = failed(
      await manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone(), email: 'x@example.com' } }),
      'BAD_USER_INPUT',
    );
    expect(unknown.extensions?.['details']?.field).toBe('data.email');
    expect(unknown.message).toContain('"email" is not a column');
    const phones = failed(
      await manager(CREATE_CONTACT, { db: database.id, data: { mobile: 'call me', name: 'Albert' } }),
      'BAD_USER_INPUT',
    );
    expect(problemFields(phones)).toEqual(['data.phone', 'data.mobile']);
    expect(ok(await manager(DATABASE, { id: database.id })).contactDatabase.contactCount).toBe(0);
  });

  it('keeps external ids unique within a database', async () => {
    const database = await newDatabaseThroughApi();
    ok(await manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone(), customer_id: 'X-1' } }));
    const error = failed(
      await manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone(), customer_id: 'X-1' } }),
      'CONFLICT',
    );
    expect(error.extensions?.['details']?.field).toBe('data.customer_id');
    const other = await newDatabaseThroughApi();
    ok(await manager(CREATE_CONTACT, { db: other.id, data: { phone: newPhone(), customer_id: 'X-1' } }));
  });

  it('updates only the given columns; null empties one; the main phone cannot be emptied', async () => {
    const database = await newDatabaseThroughApi();
    const { id } = ok(
      await manager(CREATE_CONTACT, {
        db: database.id,
        data: { phone: newPhone(), name: 'Aldous', surname: 'Huxley' },
      }),
    ).createContact;
    const updated = ok(await manager(UPDATE_CONTACT, { id, data: { phone: '555-0199', surname: null } })).updateContact;
    expect(updated).toMatchObject({ phone: '5550199', data: { phone: '5550199', name: 'Aldous' } });
    expect(updated.data).not.toHaveProperty('surname');
    const error = failed(await manager(UPDATE_CONTACT, { id, data: { phone: '' } }), 'BAD_USER_INPUT');
    expect(error.extensions?.['details']?.field).toBe('data.phone');
  });

  it('lists by any phone column, by text and by external id, a page at a time', async () => {
    const database = await newDatabaseThroughApi();
    const mobile = newPhone();
    for (const [index, name] of ['Jorge Luis', 'Jiddu', 'Aleister'].entries()) {
      ok(
        await manager(CREATE_CONTACT, {
          db: database.id,
          data: { phone: newPhone(), mobile: index === 1 ? mobile : null, name, customer_id: `ID-${index}` },
        }),
      );
    }
    const byPhone = ok(await manager(CONTACTS, { db: database.id, filter: { phone: mobile } })).contacts;
    expect(byPhone.nodes.map((node: any) => node.data.name)).toEqual(['Jiddu']);
    // Compared by phoneKey: the same number written with "00" instead of "+" finds the contact.
    const international = `00${mobile.replace(/^\+/, '')}`;
    const byKey = ok(await manager(CONTACTS, { db: database.id, filter: { phone: international } })).contacts;
    expect(byKey.nodes.map((node: any) => node.data.name)).toEqual(['Jiddu']);
    const byText = ok(await manager(CONTACTS, { db: database.id, filter: { search: 'ei' } })).contacts;
    expect(byText.nodes.map((node: any) => node.data.name)).toEqual(['Aleister']);
    const byId = ok(await manager(CONTACTS, { db: database.id, filter: { externalId: 'ID-0' } })).contacts;
    expect(byId.nodes.map((node: any) => node.data.name)).toEqual(['Jorge Luis']);
    const first = ok(await manager(CONTACTS, { db: database.id, first: 2 })).contacts;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = ok(await manager(CONTACTS, { db: database.id, first: 2, after: first.pageInfo.endCursor })).contacts;
    expect(second.nodes.map((node: any) => node.data.name)).toEqual(['Aleister']);
    failed(await manager(CONTACTS, { db: database.id, filter: { phone: 'not a phone' } }), 'BAD_USER_INPUT');
  });

  it('keeps contactCount exact under parallel creation', async () => {
    const database = await newDatabaseThroughApi();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => manager(CREATE_CONTACT, { db: database.id, data: { phone: newPhone() } })),
    );
    results.forEach((result) => ok(result));
    const stored = await orm.em.fork().findOneOrFail(ContactDatabase, { id: database.id });
    expect(stored.contactCount).toBe(8);
  });
});

describe('contacts for agents', () => {
  async function agentSetup() {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, {
      database,
      agents: [agent.user],
      supervisors: [supervisor.user],
      hidden: ['salary', 'customer_id'],
      blocked: ['surname', 'salary', 'customer_id'],
    });
    const contact = await addContact(orm, database, { salary: '90000', customer_id: 'SECRET-1', mobile: newPhone() });
    return {
      agent,
      database,
      campaign,
      contact,
      asAgent: caller(api.url, agent.token),
      asSupervisor: caller(api.url, supervisor.token),
    };
  }

  it('removes hidden fields from campaignContacts for agents, not for supervisors', async () => {
    const { campaign, contact, asAgent, asSupervisor } = await agentSetup();
    const seen = ok(await asAgent(CAMPAIGN_CONTACTS, { campaign: campaign.id })).campaignContacts.nodes;
    expect(seen).toHaveLength(1);
    expect(seen[0].data).not.toHaveProperty('salary');
    expect(seen[0].data).not.toHaveProperty('customer_id');
    expect(seen[0]).toMatchObject({ phone: contact.phone, externalId: null, data: { name: 'Terence' } });
    const full = ok(await asSupervisor(CAMPAIGN_CONTACTS, { campaign: campaign.id })).campaignContacts.nodes;
    expect(full[0]).toMatchObject({ externalId: 'SECRET-1', data: { salary: '90000', customer_id: 'SECRET-1' } });
  });

  it('does not let agents find contacts by what a hidden field holds', async () => {
    const { campaign, asAgent, asSupervisor } = await agentSetup();
    const bySalary = ok(await asAgent(CAMPAIGN_CONTACTS, { campaign: campaign.id, filter: { search: '90000' } }));
    expect(bySalary.campaignContacts.totalCount).toBe(0);
    const supervisorSees = ok(
      await asSupervisor(CAMPAIGN_CONTACTS, { campaign: campaign.id, filter: { search: '90000' } }),
    );
    expect(supervisorSees.campaignContacts.totalCount).toBe(1);
    failed(
      await asAgent(CAMPAIGN_CONTACTS, { campaign: campaign.id, filter: { externalId: 'SECRET-1' } }),
      'FORBIDDEN',
    );
  });

  it('returns a null phone when the campaign hides the main phone', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [agent.user], hidden: ['phone'] });
    await addContact(orm, database);
    const [seen] = ok(await caller(api.url, agent.token)(CAMPAIGN_CONTACTS, { campaign: campaign.id })).campaignContacts
      .nodes;
    expect(seen.phone).toBeNull();
    expect(seen.data).not.toHaveProperty('phone');
  });

  it('keeps agents to the campaigns they are assigned to', async () => {
    const { asAgent, contact } = await agentSetup();
    const elsewhere = await createDatabase(orm);
    const other = await createCampaign(orm, { database: elsewhere });
    failed(await asAgent(CAMPAIGN_CONTACTS, { campaign: other.id }), 'NOT_FOUND');
    // Supervising a campaign is not working in it: an agent reads contacts only as an assigned agent.
    const { agent } = await agentSetup();
    const supervisedOnly = await createCampaign(orm, { database: elsewhere, supervisors: [agent.user] });
    const error = failed(
      await caller(api.url, agent.token)(CAMPAIGN_CONTACTS, { campaign: supervisedOnly.id }),
      'FORBIDDEN',
    );
    expect(error.extensions?.['reason']).toBe('CAMPAIGN_ACCESS_NOT_ASSIGNED');
    failed(await asAgent(CONTACTS, { db: elsewhere.id }), 'FORBIDDEN');
    failed(await asAgent(DELETE_CONTACT, { id: contact.id }), 'FORBIDDEN');
    failed(await asAgent(UPDATE_CONTACT, { id: contact.id, data: { name: 'x' } }), 'FORBIDDEN');
  });

  it('lets agents edit their campaign contacts except blocked and hidden fields', async () => {
    const { campaign, contact, asAgent } = await agentSetup();
    const edited = ok(
      await asAgent(UPDATE_CAMPAIGN_CONTACT, {
        campaign: campaign.id,
        contact: contact.id,
        data: { name: 'Robert Anton', surname: 'McKenna' },
      }),
    ).updateCampaignContact;
    expect(edited.data).toMatchObject({ name: 'Robert Anton', surname: 'McKenna' });
    expect(edited.data).not.toHaveProperty('salary');
    const blocked = failed(
      await asAgent(UPDATE_CAMPAIGN_CONTACT, {
        campaign: campaign.id,
        contact: contact.id,
        data: { surname: 'Wilson' },
      }),
      'FORBIDDEN',
    );
    expect(blocked.extensions).toMatchObject({ reason: 'CONTACT_FIELD_BLOCKED', details: { field: 'data.surname' } });
    const hidden = failed(
      await asAgent(UPDATE_CAMPAIGN_CONTACT, { campaign: campaign.id, contact: contact.id, data: { salary: '90000' } }),
      'FORBIDDEN',
    );
    expect(hidden.extensions).toMatchObject({ reason: 'CONTACT_FIELD_HIDDEN', details: { field: 'data.salary' } });
    const stored = ok(await manager(`query ($id: ID!) { contact(id: $id) { data } }`, { id: contact.id })).contact;
    expect(stored.data).toMatchObject({ name: 'Robert Anton', surname: 'McKenna', salary: '90000' });
  });

  it("finds contacts by phone across the agent's campaigns, without any of their hidden fields", async () => {
    const { agent, database, contact, asAgent, asSupervisor } = await agentSetup();
    // A second campaign on the same database hides another field: unknown campaign, both hidden.
    await createCampaign(orm, { database, agents: [agent.user], hidden: ['surname', 'mobile'] });
    const [found] = ok(await asAgent(SEARCH, { phone: contact.phone })).searchContactsByPhone;
    expect(found.id).toBe(contact.id);
    expect(Object.keys(found.data).sort()).toEqual(['name', 'phone']);
    const byHiddenMobile = ok(await asAgent(SEARCH, { phone: contact.data['mobile'] })).searchContactsByPhone;
    expect(byHiddenMobile).toEqual([]);
    const [full] = ok(await asSupervisor(SEARCH, { phone: contact.data['mobile'] })).searchContactsByPhone;
    expect(full.data).toMatchObject({ salary: '90000', surname: 'McKenna' });
    const outsider = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    expect(ok(await caller(api.url, outsider.token)(SEARCH, { phone: contact.phone })).searchContactsByPhone).toEqual(
      [],
    );
  });

  it('hides fields on contact(id) for agents, by every campaign of theirs on the database', async () => {
    const { contact, asAgent } = await agentSetup();
    const seen = ok(
      await asAgent(`query ($id: ID!) { contact(id: $id) { phone externalId data } }`, { id: contact.id }),
    ).contact;
    expect(seen.externalId).toBeNull();
    expect(seen.data).not.toHaveProperty('salary');
  });
});
