import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, Campaign, CampaignState, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import {
  COLUMNS,
  addContact,
  caller,
  createCampaign,
  createDatabase,
  createOption,
} from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof caller>;
let managerName: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  const user = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
  manager = caller(api.url, user.token);
  managerName = user.username;
});
afterAll(() => closeTestApi(api, orm));

const HISTORY =
  'databaseHistory { fromDatabase { id } toDatabase { id } changedBy { username } campaignState createdAt }';
const REPLACE = `mutation ($campaign: ID!, $database: ID!) {
  replaceCampaignContactDatabase(campaignId: $campaign, databaseId: $database) {
    id state contactDatabase { id } ${HISTORY} } }`;
const CAMPAIGN = `query ($id: ID!) { campaign(id: $id) { id state contactDatabase { id } ${HISTORY} } }`;
const UPDATE_CAMPAIGN = `mutation ($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) { id contactDatabase { id } } }`;
const CAMPAIGN_CONTACTS = `query ($campaign: ID!) { campaignContacts(campaignId: $campaign) { nodes { id } } }`;
const SEARCH = `query ($phone: String!) { searchContactsByPhone(phone: $phone) { id } }`;
const CONTACT = `query ($id: ID!) { contact(id: $id) { id } }`;
const UPDATE_CAMPAIGN_CONTACT = `mutation ($campaign: ID!, $contact: ID!, $data: JSONObject!) {
  updateCampaignContact(campaignId: $campaign, contactId: $contact, data: $data) { id } }`;
const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }`;
const DISPOSITIONS = `query ($campaign: ID!) { dispositions(filter: { campaignId: $campaign }) { nodes { id contact { id } } } }`;

const replace = (run: ReturnType<typeof caller>, campaign: { id: string }, database: { id: string }) =>
  run(REPLACE, { campaign: campaign.id, database: database.id });

async function storedDatabaseId(campaignId: string): Promise<string | null> {
  const campaign = await orm.em.fork().findOneOrFail(Campaign, { id: campaignId });
  return campaign.contactDatabase?.id ?? null;
}

function problemFields(error: { extensions?: Record<string, any> }): string[] {
  return (error.extensions?.['details']?.problems ?? []).map((problem: { field: string }) => problem.field);
}

/** Collects campaign.updated events from the moment the Redis subscription is known to be live. */
async function collectCampaignUpdates(): Promise<string[]> {
  const received: string[] = [];
  const iterator = api.events.subscribe('campaign.updated')[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      received.push(next.value.data.campaignId);
    }
  })();
  const probe = `probe-${randomUUID()}`;
  await pollUntil(
    () => {
      api.events.publish('campaign.updated', { campaignId: probe });
      return received;
    },
    (ids) => ids.includes(probe),
    { intervalMs: 50, what: 'the campaign.updated subscription' },
  );
  return received;
}

describe('replacing a campaign contact database', () => {
  it('replaces the database of a paused campaign, keeps the history and publishes campaign.updated', async () => {
    const first = await createDatabase(orm);
    // Same columns in another order: contacts keep columns by name, so the structure is the same.
    const second = await createDatabase(orm, { columns: [...COLUMNS].reverse() });
    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    const updates = await collectCampaignUpdates();

    const replaced = ok(await replace(manager, campaign, second)).replaceCampaignContactDatabase;
    expect(replaced).toMatchObject({ state: 'PAUSED', contactDatabase: { id: second.id } });
    expect(replaced.databaseHistory).toEqual([
      {
        fromDatabase: { id: first.id },
        toDatabase: { id: second.id },
        changedBy: { username: managerName },
        campaignState: 'PAUSED',
        createdAt: expect.any(String),
      },
    ]);
    await pollUntil(
      () => updates,
      (ids) => ids.includes(campaign.id),
      { what: 'campaign.updated for the campaign' },
    );
    expect(await storedDatabaseId(campaign.id)).toBe(second.id);

    ok(await manager('mutation ($id: ID!) { finishCampaign(id: $id) { id } }', { id: campaign.id }));
    ok(await replace(manager, campaign, first));
    const history = ok(await manager(CAMPAIGN, { id: campaign.id })).campaign.databaseHistory;
    expect(history.map((change: any) => [change.fromDatabase.id, change.toDatabase.id, change.campaignState])).toEqual([
      [first.id, second.id, 'PAUSED'],
      [second.id, first.id, 'FINISHED'],
    ]);
  });

  it('refuses campaigns that are neither paused nor finished, naming the state', async () => {
    const second = await createDatabase(orm);
    for (const state of [CampaignState.INACTIVE, CampaignState.ACTIVE]) {
      const first = await createDatabase(orm);
      const campaign = await createCampaign(orm, { database: first, state });
      const error = failed(await replace(manager, campaign, second), 'CONFLICT');
      expect(error.extensions).toMatchObject({ reason: 'CAMPAIGN_DATABASE_WRONG_STATE', details: { state } });
      expect(error.message).toContain(`is ${state}`);
      expect(await storedDatabaseId(campaign.id)).toBe(first.id);
    }
    const deleted = await createCampaign(orm, { database: await createDatabase(orm), state: CampaignState.DELETED });
    expect(failed(await replace(manager, deleted, second), 'CONFLICT').extensions?.['reason']).toBe('CAMPAIGN_DELETED');
  });

  it('refuses a database of another structure, listing every difference', async () => {
    const first = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    const different = await createDatabase(orm, {
      columns: ['phone', 'mobile', 'name', 'surname', 'email'],
      phoneColumns: ['mobile', 'phone'],
      externalIdColumn: null,
    });
    const error = failed(await replace(manager, campaign, different), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({
      reason: 'CAMPAIGN_DATABASE_STRUCTURE_MISMATCH',
      details: { field: 'databaseId' },
    });
    expect(problemFields(error)).toEqual(['columns', 'columns', 'phoneColumns', 'externalIdColumn']);
    expect(error.message).toContain('lacks "customer_id", "salary"');
    expect(error.message).toContain('has "email"');

    const phoneOrder = await createDatabase(orm, { phoneColumns: ['mobile', 'phone'] });
    expect(problemFields(failed(await replace(manager, campaign, phoneOrder), 'BAD_USER_INPUT'))).toEqual([
      'phoneColumns',
    ]);
    const fewerPhones = await createDatabase(orm, { phoneColumns: ['phone'] });
    expect(problemFields(failed(await replace(manager, campaign, fewerPhones), 'BAD_USER_INPUT'))).toEqual([
      'phoneColumns',
    ]);
    const otherId = await createDatabase(orm, { externalIdColumn: 'name' });
    expect(problemFields(failed(await replace(manager, campaign, otherId), 'BAD_USER_INPUT'))).toEqual([
      'externalIdColumn',
    ]);
    expect(await storedDatabaseId(campaign.id)).toBe(first.id);
    expect(ok(await manager(CAMPAIGN, { id: campaign.id })).campaign.databaseHistory).toEqual([]);
  });

  it('refuses templates, the current database and databases that do not exist', async () => {
    const first = await createDatabase(orm);
    const template = await createCampaign(orm, { database: first, state: CampaignState.INACTIVE });
    await orm.em.fork().nativeUpdate(Campaign, { id: template.id }, { isTemplate: true });
    const other = await createDatabase(orm);
    const error = failed(await replace(manager, template, other), 'BAD_USER_INPUT');
    expect(error.extensions?.['reason']).toBe('CAMPAIGN_DATABASE_TEMPLATE');

    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    const same = failed(await replace(manager, campaign, first), 'BAD_USER_INPUT');
    expect(same.extensions?.['reason']).toBe('CAMPAIGN_DATABASE_SAME_DATABASE');
    const missing = failed(await replace(manager, campaign, { id: randomUUID() }), 'NOT_FOUND');
    expect(missing.extensions?.['details']?.field).toBe('databaseId');
    failed(await replace(manager, { id: randomUUID() }, other), 'NOT_FOUND');
  });

  it('lets supervisors replace only within their scope, and never agents', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const asSupervisor = caller(api.url, supervisor.token);
    const first = await createDatabase(orm);
    const campaign = await createCampaign(orm, {
      database: first,
      state: CampaignState.PAUSED,
      supervisors: [supervisor.user],
      agents: [agent.user],
    });
    const unused = await createDatabase(orm, { createdBy: supervisor.user });
    const othersDatabase = await createDatabase(orm);
    await createCampaign(orm, { database: othersDatabase });

    failed(await replace(caller(api.url, agent.token), campaign, unused), 'FORBIDDEN');
    const foreign = await createCampaign(orm, { database: await createDatabase(orm), state: CampaignState.PAUSED });
    failed(await replace(asSupervisor, foreign, unused), 'NOT_FOUND');
    const hidden = failed(await replace(asSupervisor, campaign, othersDatabase), 'NOT_FOUND');
    expect(hidden.extensions?.['details']?.field).toBe('databaseId');
    ok(await replace(asSupervisor, campaign, unused));
    expect(await storedDatabaseId(campaign.id)).toBe(unused.id);
    failed(
      await caller(api.url, agent.token)(`query ($id: ID!) { campaign(id: $id) { databaseHistory { createdAt } } }`, {
        id: campaign.id,
      }),
      'FORBIDDEN',
    );
  });

  it("moves agents to the new database's contacts; the earlier ones leave their reach, their dispositions stay", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const asAgent = caller(api.url, agent.token);
    const first = await createDatabase(orm);
    const second = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database: first, agents: [agent.user] });
    const option = await createOption(orm, campaign);
    const earlier = await addContact(orm, first);
    const later = await addContact(orm, second);
    const dispose = (contactId: string) =>
      asAgent(DISPOSE, { input: { campaignId: campaign.id, contactId, optionId: option.id } });
    const disposition = ok(await dispose(earlier.id)).disposeContact;
    const reached = async () => ({
      listed: ok(await asAgent(CAMPAIGN_CONTACTS, { campaign: campaign.id })).campaignContacts.nodes.map(
        (node: { id: string }) => node.id,
      ),
      searchEarlier: ok(await asAgent(SEARCH, { phone: earlier.phone })).searchContactsByPhone.length,
      searchLater: ok(await asAgent(SEARCH, { phone: later.phone })).searchContactsByPhone.length,
    });
    expect(await reached()).toEqual({ listed: [earlier.id], searchEarlier: 1, searchLater: 0 });

    ok(await manager('mutation ($id: ID!) { pauseCampaign(id: $id) { id } }', { id: campaign.id }));
    ok(await replace(manager, campaign, second));

    expect(await reached()).toEqual({ listed: [later.id], searchEarlier: 0, searchLater: 1 });
    failed(await asAgent(CONTACT, { id: earlier.id }), 'NOT_FOUND');
    failed(
      await asAgent(UPDATE_CAMPAIGN_CONTACT, { campaign: campaign.id, contact: earlier.id, data: { name: 'x' } }),
      'NOT_FOUND',
    );
    const refused = failed(await dispose(earlier.id), 'BAD_USER_INPUT');
    expect(refused.extensions?.['reason']).toBe('DISPOSITION_CONTACT_NOT_IN_CAMPAIGN');
    ok(await dispose(later.id));

    const kept = ok(await manager(DISPOSITIONS, { campaign: campaign.id })).dispositions.nodes;
    expect(kept).toContainEqual({ id: disposition.id, contact: { id: earlier.id } });
    ok(await manager(CONTACT, { id: earlier.id }));
  });

  it('lets updateCampaign set the database only while the campaign is inactive', async () => {
    const first = await createDatabase(orm);
    const second = await createDatabase(orm);
    const active = await createCampaign(orm, { database: first, state: CampaignState.ACTIVE });
    const error = failed(
      await manager(UPDATE_CAMPAIGN, { id: active.id, input: { contactDatabaseId: second.id } }),
      'CONFLICT',
    );
    expect(error.extensions).toMatchObject({
      reason: 'CAMPAIGN_DATABASE_REPLACEMENT_REQUIRED',
      details: { field: 'contactDatabaseId', state: 'ACTIVE' },
    });
    ok(await manager(UPDATE_CAMPAIGN, { id: active.id, input: { contactDatabaseId: first.id, objective: 3 } }));
    const inactive = await createCampaign(orm, { database: first, state: CampaignState.INACTIVE });
    const updated = ok(await manager(UPDATE_CAMPAIGN, { id: inactive.id, input: { contactDatabaseId: second.id } }));
    expect(updated.updateCampaign.contactDatabase.id).toBe(second.id);
  });

  it('keeps a database replaced in a campaign: its contacts carry the campaign history', async () => {
    const first = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database: first, state: CampaignState.PAUSED });
    ok(await replace(manager, campaign, await createDatabase(orm)));
    const error = failed(
      await manager('mutation ($id: ID!) { deleteContactDatabase(id: $id) }', { id: first.id }),
      'CONFLICT',
    );
    expect(error.extensions?.['reason']).toBe('CONTACT_DATABASE_IN_USE');
  });
});
