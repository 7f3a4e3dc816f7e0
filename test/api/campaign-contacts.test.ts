import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignState, ContactDatabase, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { addContact, caller, createCampaign, createDatabase, newPhone } from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof caller>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = caller(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const CONTACT_FIELDS = 'id phone externalId data database { id }';
const CREATE = `mutation ($campaign: ID!, $data: JSONObject!) {
  createCampaignContact(campaignId: $campaign, data: $data) { ${CONTACT_FIELDS} } }`;
const UPDATE_CAMPAIGN_CONTACT = `mutation ($campaign: ID!, $contact: ID!, $data: JSONObject!) {
  updateCampaignContact(campaignId: $campaign, contactId: $contact, data: $data) { id } }`;
const CONTACT = `query ($id: ID!) { contact(id: $id) { ${CONTACT_FIELDS} } }`;
const SEARCH = `query ($phone: String!) { searchContactsByPhone(phone: $phone) { id data } }`;

async function contactCount(database: { id: string }): Promise<number> {
  return (await orm.em.fork().findOneOrFail(ContactDatabase, { id: database.id })).contactCount;
}

function problemFields(error: { extensions?: Record<string, any> }): string[] {
  return (error.extensions?.['details']?.problems ?? []).map((problem: { field: string }) => problem.field);
}

describe('adding a contact to a campaign', () => {
  it("lets a supervisor of the campaign add one to the campaign's database, phones normalized", async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, supervisors: [supervisor.user] });
    const created = ok(
      await caller(api.url, supervisor.token)(CREATE, {
        campaign: campaign.id,
        data: { phone: '+54 (911) 555-0101', mobile: '911 555 0102', name: 'Alan', customer_id: 'W-1' },
      }),
    ).createCampaignContact;
    expect(created).toMatchObject({
      phone: '+549115550101',
      externalId: 'W-1',
      database: { id: database.id },
      data: { phone: '+549115550101', mobile: '9115550102', name: 'Alan', customer_id: 'W-1' },
    });
    expect(await contactCount(database)).toBe(1);
  });

  it('requires the main phone, valid phones, known columns and an unused external id', async () => {
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database });
    ok(await manager(CREATE, { campaign: campaign.id, data: { phone: newPhone(), customer_id: 'DUP-1' } }));
    const phones = failed(
      await manager(CREATE, { campaign: campaign.id, data: { mobile: 'call me', name: 'Ada' } }),
      'BAD_USER_INPUT',
    );
    expect(problemFields(phones)).toEqual(['data.phone', 'data.mobile']);
    const unknown = failed(
      await manager(CREATE, { campaign: campaign.id, data: { phone: newPhone(), email: 'a@example.com' } }),
      'BAD_USER_INPUT',
    );
    expect(unknown.extensions?.['details']?.field).toBe('data.email');
    const duplicate = failed(
      await manager(CREATE, { campaign: campaign.id, data: { phone: newPhone(), customer_id: 'DUP-1' } }),
      'CONFLICT',
    );
    expect(duplicate.extensions).toMatchObject({
      reason: 'CONTACT_DUPLICATE_EXTERNAL_ID',
      details: { field: 'data.customer_id' },
    });
    expect(await contactCount(database)).toBe(1);
  });

  it("lets the campaign's agents set blocked fields once, on creation, and never hidden ones", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const asAgent = caller(api.url, agent.token);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, {
      database,
      agents: [agent.user],
      hidden: ['salary'],
      blocked: ['surname', 'customer_id'],
    });
    const created = ok(
      await asAgent(CREATE, {
        campaign: campaign.id,
        data: { phone: newPhone(), name: 'Grace', surname: 'Hopper', customer_id: 'A-7' },
      }),
    ).createCampaignContact;
    expect(created).toMatchObject({ externalId: 'A-7', data: { surname: 'Hopper', customer_id: 'A-7' } });
    const changed = failed(
      await asAgent(UPDATE_CAMPAIGN_CONTACT, { campaign: campaign.id, contact: created.id, data: { surname: 'H.' } }),
      'FORBIDDEN',
    );
    expect(changed.extensions?.['reason']).toBe('CONTACT_FIELD_BLOCKED');

    for (const salary of ['120000', null]) {
      const hidden = failed(
        await asAgent(CREATE, { campaign: campaign.id, data: { phone: newPhone(), salary } }),
        'FORBIDDEN',
      );
      expect(hidden.extensions).toMatchObject({ reason: 'CONTACT_FIELD_HIDDEN', details: { field: 'data.salary' } });
    }
    expect(await contactCount(database)).toBe(1);
  });

  it('returns to agents the new contact without the fields the campaign hides', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [agent.user], hidden: ['customer_id'] });
    // A supervisor fills the hidden external id; the agent then edits and sees the rest.
    const created = ok(
      await manager(CREATE, { campaign: campaign.id, data: { phone: newPhone(), customer_id: 'S-1' } }),
    ).createCampaignContact;
    const seen = ok(await caller(api.url, agent.token)(CONTACT, { id: created.id })).contact;
    expect(seen.externalId).toBeNull();
    expect(seen.data).not.toHaveProperty('customer_id');
    const own = ok(
      await caller(api.url, agent.token)(CREATE, { campaign: campaign.id, data: { phone: newPhone(), name: 'Linus' } }),
    ).createCampaignContact;
    expect(Object.keys(own.data).sort()).toEqual(['name', 'phone']);
  });

  it('keeps everyone to their campaigns and needs a database on the campaign', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, supervisors: [basic.user] });
    const data = { phone: newPhone() };
    failed(await caller(api.url, agent.token)(CREATE, { campaign: campaign.id, data }), 'NOT_FOUND');
    failed(await caller(api.url, supervisor.token)(CREATE, { campaign: campaign.id, data }), 'NOT_FOUND');
    failed(await caller(api.url, basic.token)(CREATE, { campaign: campaign.id, data }), 'FORBIDDEN');
    const deleted = await createCampaign(orm, { database, state: CampaignState.DELETED });
    failed(await manager(CREATE, { campaign: deleted.id, data }), 'NOT_FOUND');
    const withoutDatabase = await createCampaign(orm, { database: null });
    const none = failed(await manager(CREATE, { campaign: withoutDatabase.id, data }), 'CONFLICT');
    expect(none.extensions?.['reason']).toBe('CONTACT_CAMPAIGN_HAS_NO_DATABASE');
    expect(await contactCount(database)).toBe(0);
  });
});

describe('searching contacts by phone', () => {
  it('matches every phone column, however the number is typed, and no other column', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const database = await createDatabase(orm, {
      columns: ['phone', 'mobile', 'work', 'name', 'notes'],
      phoneColumns: ['phone', 'mobile', 'work'],
      externalIdColumn: null,
    });
    const campaign = await createCampaign(orm, { database, agents: [agent.user] });
    const work = ok(
      await manager(CREATE, {
        campaign: campaign.id,
        data: { phone: newPhone(), work: '+54 9 11 5555-0303', name: 'By work phone' },
      }),
    ).createCampaignContact;
    // The same digits outside a phone column are not a phone of the contact.
    await addContact(orm, database, { notes: '+5491155550303', name: 'By notes' });
    const mobile = await addContact(orm, database, { mobile: newPhone(), name: 'By mobile' });

    for (const run of [manager, caller(api.url, agent.token)]) {
      const byWork = ok(await run(SEARCH, { phone: '+54 (9) 11 5555 0303' })).searchContactsByPhone;
      expect(byWork.map((contact: { id: string }) => contact.id)).toEqual([work.id]);
      const byMobile = ok(await run(SEARCH, { phone: mobile.data['mobile'] })).searchContactsByPhone;
      expect(byMobile.map((contact: { id: string }) => contact.id)).toEqual([mobile.id]);
    }
    failed(await manager(SEARCH, { phone: 'not a number' }), 'BAD_USER_INPUT');
  });
});
