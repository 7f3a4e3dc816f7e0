import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, ExternalSystem, User, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import {
  CAMPAIGN_FIELDS,
  CREATE_CAMPAIGN,
  as,
  createCampaignAs,
  createContactDatabase,
} from '../support/campaign-fixtures.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const GET = `query ($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const LIST = `query ($filter: CampaignFilter) { campaigns(filter: $filter, first: 500) { totalCount nodes { id name state isTemplate } } }`;
const DELETE = 'mutation ($id: ID!) { deleteCampaign(id: $id) }';

/** Asserts a BAD_USER_INPUT that names the field, from the domain or from input validation. */
function badInput(result: Awaited<ReturnType<typeof manager>>, field: string) {
  const error = failed(result, 'BAD_USER_INPUT');
  const details = error.extensions?.['details'] ?? {};
  const fields: string[] = details.problems ? details.problems.map((p: { field: string }) => p.field) : [details.field];
  expect(fields, error.message).toContain(field);
  return error;
}

describe('campaign CRUD', () => {
  it('creates a campaign with defaults, keeping unspecified queue settings at their defaults', async () => {
    const name = unique('sales');
    const data = ok(await manager(CREATE_CAMPAIGN, { input: { name, type: 'MANUAL', queue: { maxCalls: 5 } } }));
    expect(data.createCampaign).toMatchObject({
      name,
      type: 'MANUAL',
      state: 'INACTIVE',
      isTemplate: false,
      interactionType: 'FORM',
      queue: { strategy: 'RRMEMORY', maxCalls: 5, wrapUpSeconds: 2, ringSeconds: 15, dialTimeoutSeconds: 25 },
      callingWindow: { timeZone: 'UTC', startDate: null, endDate: null, rules: [] },
    });
    const read = ok(await manager(GET, { id: data.createCampaign.id }));
    expect(read.campaign).toEqual(data.createCampaign);
  });

  it('updates only the given fields, also inside the queue and the calling window', async () => {
    const { id } = await createCampaignAs(manager, {
      queue: { wrapUpSeconds: 10, ringSeconds: 20 },
      callingWindow: { timeZone: 'America/Argentina/Buenos_Aires', rules: [] },
    });
    const rules = [{ weekdays: ['MONDAY', 'FRIDAY'], startTime: '09:00', endTime: '18:30' }];
    const data = ok(
      await manager(UPDATE, {
        id,
        input: {
          objective: 40,
          queue: { maxCalls: 7, musicOnHold: null },
          callingWindow: { rules, startDate: '2027-01-01' },
        },
      }),
    );
    expect(data.updateCampaign).toMatchObject({
      objective: 40,
      queue: { maxCalls: 7, wrapUpSeconds: 10, musicOnHold: null, strategy: 'RRMEMORY' },
      callingWindow: { timeZone: 'America/Argentina/Buenos_Aires', startDate: '2027-01-01', endDate: null, rules },
    });
    expect(ok(await manager(GET, { id })).campaign).toEqual(data.updateCampaign);
  });

  it('refuses null for a setting that cannot be empty', async () => {
    const { id } = await createCampaignAs(manager);
    badInput(await manager(UPDATE, { id, input: { queue: { strategy: null } } }), 'queue.strategy');
    badInput(await manager(UPDATE, { id, input: { name: null } }), 'name');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    failed(await manager(GET, { id: randomUUID() }), 'NOT_FOUND');
    failed(await manager(UPDATE, { id: randomUUID(), input: { objective: 1 } }), 'NOT_FOUND');
  });

  it('refuses a second live campaign with the same name, but not a template or after deletion', async () => {
    const { id, name } = await createCampaignAs(manager);
    const duplicate = failed(await manager(CREATE_CAMPAIGN, { input: { name, type: 'INBOUND' } }), 'CONFLICT');
    expect(duplicate.extensions?.['reason']).toBe('CAMPAIGN_NAME_TAKEN');
    const other = await createCampaignAs(manager);
    failed(await manager(UPDATE, { id: other.id, input: { name } }), 'CONFLICT');
    ok(await manager(CREATE_CAMPAIGN, { input: { name, type: 'MANUAL', isTemplate: true } }));
    ok(await manager(DELETE, { id }));
    ok(await manager(CREATE_CAMPAIGN, { input: { name, type: 'MANUAL' } }));
  });

  it('lists live campaigns by default; templates and deleted ones only when asked for', async () => {
    const prefix = unique('list');
    const live = await createCampaignAs(manager, { name: `${prefix}-live`, type: 'INBOUND' });
    const deleted = await createCampaignAs(manager, { name: `${prefix}-deleted` });
    const template = await createCampaignAs(manager, { name: `${prefix}-template`, isTemplate: true });
    ok(await manager(DELETE, { id: deleted.id }));
    const ids = async (filter: Record<string, unknown> | null) =>
      ok(await manager(LIST, { filter })).campaigns.nodes.map((node: { id: string }) => node.id);

    expect(await ids(null)).toContain(live.id);
    expect(await ids(null)).not.toContain(deleted.id);
    expect(await ids(null)).not.toContain(template.id);
    expect(await ids({ nameContains: prefix })).toEqual([live.id]);
    expect(await ids({ nameContains: prefix, type: 'MANUAL' })).toEqual([]);
    expect(await ids({ nameContains: prefix, states: ['DELETED'] })).toEqual([deleted.id]);
    expect(await ids({ nameContains: prefix, isTemplate: true })).toEqual([template.id]);
    const read = ok(await manager(GET, { id: deleted.id }));
    expect(read.campaign.state).toBe('DELETED');
    expect(read.campaign.deletedAt).not.toBeNull();
  });
});

describe('campaign validation', () => {
  it('checks the calling window: time zone, rule hours and dates', async () => {
    const input = (callingWindow: Record<string, unknown>) => ({
      input: { name: unique('window'), type: 'DIALER', callingWindow },
    });
    badInput(await manager(CREATE_CAMPAIGN, input({ timeZone: 'Mars/Olympus_Mons' })), 'callingWindow.timeZone');
    badInput(await manager(CREATE_CAMPAIGN, input({ timeZone: '+05:00' })), 'callingWindow.timeZone');
    badInput(
      await manager(
        CREATE_CAMPAIGN,
        input({ rules: [{ weekdays: ['MONDAY'], startTime: '18:00', endTime: '09:00' }] }),
      ),
      'callingWindow.rules[0].endTime',
    );
    badInput(
      await manager(CREATE_CAMPAIGN, input({ startDate: '2027-02-01', endDate: '2027-01-31' })),
      'callingWindow.endDate',
    );
    badInput(
      await manager(CREATE_CAMPAIGN, input({ rules: [{ weekdays: ['MONDAY'], startTime: '9:00', endTime: '18:00' }] })),
      'callingWindow.rules.0.startTime',
    );
  });

  it('needs a contact database for DIALER and PREVIEW campaigns', async () => {
    for (const type of ['DIALER', 'PREVIEW']) {
      badInput(await manager(CREATE_CAMPAIGN, { input: { name: unique('db'), type } }), 'contactDatabaseId');
    }
    const database = await createContactDatabase(orm);
    const { id } = await createCampaignAs(manager, { type: 'DIALER', contactDatabaseId: database.id });
    badInput(await manager(UPDATE, { id, input: { contactDatabaseId: null } }), 'contactDatabaseId');
    const missing = failed(
      await manager(CREATE_CAMPAIGN, {
        input: { name: unique('db'), type: 'DIALER', contactDatabaseId: randomUUID() },
      }),
      'NOT_FOUND',
    );
    expect(missing.extensions?.['details']?.field).toBe('contactDatabaseId');
  });

  it('needs an http(s) externalUrl for EXTERNAL_URL interaction, and an external system for externalId', async () => {
    const create = (input: Record<string, unknown>) =>
      manager(CREATE_CAMPAIGN, { input: { name: unique('crm'), type: 'MANUAL', ...input } });
    badInput(await create({ interactionType: 'EXTERNAL_URL' }), 'externalUrl');
    badInput(await create({ interactionType: 'EXTERNAL_URL', externalUrl: 'ftp://crm/x' }), 'externalUrl');
    ok(await create({ interactionType: 'EXTERNAL_URL', externalUrl: 'https://crm.example/contact?id={id}' }));
    badInput(await create({ externalId: 'crm-17' }), 'externalId');
    const em = orm.em.fork();
    const system = Object.assign(new ExternalSystem(), { name: unique('crm') });
    await em.persist(system).flush();
    ok(await create({ externalId: 'crm-17', externalSystemId: system.id }));
    const missing = failed(await create({ externalSystemId: randomUUID() }), 'NOT_FOUND');
    expect(missing.extensions?.['details']?.field).toBe('externalSystemId');
  });

  it('restricts only columns of the contact database, each either blocked or hidden, never the main phone', async () => {
    const database = await createContactDatabase(orm);
    const create = (input: Record<string, unknown>) =>
      manager(CREATE_CAMPAIGN, {
        input: { name: unique('fields'), type: 'PREVIEW', contactDatabaseId: database.id, ...input },
      });
    badInput(await create({ blockedContactFields: ['name', 'salary'] }), 'blockedContactFields');
    badInput(await create({ hiddenContactFields: ['salary'] }), 'hiddenContactFields');
    badInput(await create({ blockedContactFields: ['name'], hiddenContactFields: ['name'] }), 'hiddenContactFields');
    badInput(await create({ hiddenContactFields: ['phone'] }), 'hiddenContactFields');
    badInput(
      await manager(CREATE_CAMPAIGN, {
        input: { name: unique('fields'), type: 'MANUAL', blockedContactFields: ['name'] },
      }),
      'blockedContactFields',
    );
    const data = ok(await create({ blockedContactFields: ['name'], hiddenContactFields: ['notes', 'mobile'] }));
    expect(data.createCampaign).toMatchObject({
      blockedContactFields: ['name'],
      hiddenContactFields: ['notes', 'mobile'],
    });
  });

  it('applies input bounds with the field named', async () => {
    badInput(
      await manager(CREATE_CAMPAIGN, { input: { name: unique('b'), type: 'MANUAL', objective: -1 } }),
      'objective',
    );
    badInput(
      await manager(CREATE_CAMPAIGN, { input: { name: unique('b'), type: 'MANUAL', queue: { maxCalls: 10_001 } } }),
      'queue.maxCalls',
    );
    badInput(await manager(CREATE_CAMPAIGN, { input: { name: '', type: 'MANUAL' } }), 'name');
  });
});

describe('campaign visibility', () => {
  it('shows a supervisor only the campaigns it supervises, and makes it supervise what it creates', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const other = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token);
    const mine = as(api.url, supervisor.token);
    const own = await createCampaignAs(mine);
    const foreign = await createCampaignAs(other);
    const managed = await createCampaignAs(manager);

    const listed = ok(await mine(LIST, {})).campaigns;
    expect(listed.nodes.map((node: { id: string }) => node.id)).toEqual([own.id]);
    expect(listed.totalCount).toBe(1);
    failed(await mine(GET, { id: foreign.id }), 'NOT_FOUND');
    failed(await mine(GET, { id: managed.id }), 'NOT_FOUND');
    failed(await mine(UPDATE, { id: foreign.id, input: { objective: 3 } }), 'NOT_FOUND');
    failed(await mine(DELETE, { id: foreign.id }), 'NOT_FOUND');
    const supervisors = ok(await mine(`query ($id: ID!) { campaign(id: $id) { supervisors { id } } }`, { id: own.id }));
    expect(supervisors.campaign.supervisors).toEqual([{ id: supervisor.user.id }]);

    const all = ok(await manager(LIST, { filter: { states: ['INACTIVE'] } })).campaigns.nodes.map(
      (node: { id: string }) => node.id,
    );
    expect(all).toEqual(expect.arrayContaining([own.id, foreign.id, managed.id]));
  });

  it('counts a supervised campaign once however many agents and supervisors it has', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const mine = as(api.url, supervisor.token);
    const second = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const agents = await Promise.all([1, 2, 3].map(() => loggedIn(orm, api.url, BuiltInRole.AGENT)));
    // Agents it made itself: a supervisor assigns only agents it reaches or created.
    await orm.em
      .fork()
      .nativeUpdate(User, { id: { $in: agents.map((agent) => agent.user.id) } }, { createdBy: supervisor.user.id });
    const { id } = await createCampaignAs(mine);
    ok(
      await mine(
        'mutation ($id: ID!, $users: [ID!]!) { setCampaignSupervisors(campaignId: $id, userIds: $users) { id } }',
        {
          id,
          users: [supervisor.user.id, second.user.id],
        },
      ),
    );
    ok(
      await mine(
        'mutation ($id: ID!, $agents: [CampaignAgentInput!]!) { setCampaignAgents(campaignId: $id, agents: $agents) { id } }',
        {
          id,
          agents: agents.map((agent) => ({ agentId: agent.user.agentProfile!.id })),
        },
      ),
    );
    const listed = ok(await mine(LIST, {})).campaigns;
    expect(listed.totalCount).toBe(1);
    expect(listed.nodes).toHaveLength(1);
  });

  it('shows an agent only the campaigns it works in, read-only', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const asAgent = as(api.url, agent.token);
    const working = await createCampaignAs(manager);
    const elsewhere = await createCampaignAs(manager);
    ok(
      await manager(
        'mutation ($id: ID!, $agents: [CampaignAgentInput!]!) { setCampaignAgents(campaignId: $id, agents: $agents) { id } }',
        {
          id: working.id,
          agents: [{ agentId: agent.user.agentProfile!.id, penalty: 3 }],
        },
      ),
    );
    expect(ok(await asAgent(LIST, {})).campaigns.nodes.map((node: { id: string }) => node.id)).toEqual([working.id]);
    failed(await asAgent(GET, { id: elsewhere.id }), 'NOT_FOUND');
    failed(await asAgent(CREATE_CAMPAIGN, { input: { name: unique('no'), type: 'MANUAL' } }), 'FORBIDDEN');
    failed(await asAgent(UPDATE, { id: working.id, input: { objective: 1 } }), 'FORBIDDEN');
    failed(
      await asAgent(`query ($id: ID!) { campaign(id: $id) { supervisors { id } } }`, { id: working.id }),
      'FORBIDDEN',
    );
  });

  it('lets a basic supervisor read but not change campaigns', async () => {
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    failed(
      await as(api.url, basic.token)(CREATE_CAMPAIGN, { input: { name: unique('no'), type: 'MANUAL' } }),
      'FORBIDDEN',
    );
    ok(await as(api.url, basic.token)(LIST, {}));
  });
});
