import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { AgentGroup, BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { addOption, as, createCampaignAs, createContactDatabase, createForm } from '../support/campaign-fixtures.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const DETAILS = `id name type state isTemplate objective speech template { id }
  contactDatabase { id } queue { maxCalls wrapUpSeconds } callingWindow { timeZone rules { weekdays startTime endTime } }
  supervisors { id } agents { penalty agent { id user { username } group { name } } }
  dispositionOptions { id name type hidden position form { id } }
  retryRules { outcome retryAfterSeconds maxAttempts dispositionOption { id name } }`;
const GET = `query ($id: ID!) { campaign(id: $id) { ${DETAILS} } }`;
const FROM_TEMPLATE = `mutation ($templateId: ID!, $name: String!, $overrides: CampaignSettingsInput) {
  createCampaignFromTemplate(templateId: $templateId, name: $name, overrides: $overrides) { ${DETAILS} } }`;
const AS_TEMPLATE = `mutation ($id: ID!, $name: String!) { saveCampaignAsTemplate(campaignId: $id, name: $name) { ${DETAILS} } }`;
const SET_SUPERVISORS = `mutation ($id: ID!, $users: [ID!]!) { setCampaignSupervisors(campaignId: $id, userIds: $users) { supervisors { id } } }`;
const SET_AGENTS = `mutation ($id: ID!, $agents: [CampaignAgentInput!]!) {
  setCampaignAgents(campaignId: $id, agents: $agents) { agents { penalty agent { id } } } }`;
const ADD_GROUP = `mutation ($id: ID!, $group: ID!, $penalty: Int!) {
  addAgentGroupToCampaign(campaignId: $id, groupId: $group, penalty: $penalty) { agents { penalty agent { id } } } }`;
const REMOVE_AGENT = `mutation ($id: ID!, $agent: ID!) { removeCampaignAgent(campaignId: $id, agentId: $agent) { agents { agent { id } } } }`;
const ADD_RULE = `mutation ($input: CreateRetryRuleInput!) { createRetryRule(input: $input) { id } }`;

const agentIds = (agents: Array<{ agent: { id: string } }>) => agents.map((item) => item.agent.id).sort();

async function agentGroup(): Promise<AgentGroup> {
  const em = orm.em.fork();
  const group = Object.assign(new AgentGroup(), { name: unique('group') });
  await em.persist(group).flush();
  return group;
}

/** A DIALER template without a contact database, fully configured. */
async function configuredTemplate() {
  const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
  const form = await createForm(orm);
  const template = await createCampaignAs(manager, {
    name: unique('survey'),
    type: 'DIALER',
    isTemplate: true,
    objective: 120,
    speech: 'Hello, this is a survey',
    queue: { maxCalls: 9 },
    callingWindow: {
      timeZone: 'Europe/Madrid',
      rules: [{ weekdays: ['TUESDAY'], startTime: '10:00', endTime: '12:00' }],
    },
  });
  ok(await manager(SET_SUPERVISORS, { id: template.id, users: [supervisor.user.id] }));
  ok(await manager(SET_AGENTS, { id: template.id, agents: [{ agentId: agent.user.agentProfile!.id, penalty: 4 }] }));
  const busy = await addOption(manager, template.id, { name: 'Busy' });
  await addOption(manager, template.id, { name: 'Survey', type: 'ENGAGED', formId: form.id });
  await addOption(manager, template.id, { name: 'Old', hidden: true });
  ok(
    await manager(ADD_RULE, {
      input: { campaignId: template.id, outcome: 'BUSY', retryAfterSeconds: 120, maxAttempts: 2 },
    }),
  );
  ok(
    await manager(ADD_RULE, {
      input: { campaignId: template.id, dispositionOptionId: busy.id, retryAfterSeconds: 600, maxAttempts: 3 },
    }),
  );
  return { template, supervisor, agent, form };
}

describe('campaign templates', () => {
  it('creates a campaign with every setting, option, rule and person of the template', async () => {
    const { template, supervisor, agent, form } = await configuredTemplate();
    const database = await createContactDatabase(orm);
    const name = unique('survey-march');
    const created = ok(
      await manager(FROM_TEMPLATE, { templateId: template.id, name, overrides: { contactDatabaseId: database.id } }),
    ).createCampaignFromTemplate;
    const original = ok(await manager(GET, { id: template.id })).campaign;

    expect(created).toMatchObject({
      name,
      type: 'DIALER',
      state: 'INACTIVE',
      isTemplate: false,
      objective: 120,
      speech: 'Hello, this is a survey',
      template: { id: template.id },
      contactDatabase: { id: database.id },
      queue: { maxCalls: 9, wrapUpSeconds: 2 },
      callingWindow: original.callingWindow,
      supervisors: [{ id: supervisor.user.id }],
      agents: [{ penalty: 4, agent: { id: agent.user.agentProfile!.id, user: { username: agent.username } } }],
    });
    const withoutIds = (options: Array<{ id: string }>) => options.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(created.dispositionOptions)).toEqual(withoutIds(original.dispositionOptions));
    expect(created.dispositionOptions.map((option: { name: string }) => option.name)).toEqual([
      'Busy',
      'Survey',
      'Old',
    ]);
    expect(created.dispositionOptions[1].form).toEqual({ id: form.id });
    const originalIds = original.dispositionOptions.map((option: { id: string }) => option.id);
    for (const option of created.dispositionOptions) expect(originalIds).not.toContain(option.id);

    const copiedBusy = created.dispositionOptions[0].id;
    expect(created.retryRules).toEqual(
      expect.arrayContaining([
        { outcome: 'BUSY', retryAfterSeconds: 120, maxAttempts: 2, dispositionOption: null },
        { outcome: null, retryAfterSeconds: 600, maxAttempts: 3, dispositionOption: { id: copiedBusy, name: 'Busy' } },
      ]),
    );
    expect(created.retryRules).toHaveLength(2);
    // The template itself is untouched.
    expect(original).toMatchObject({ isTemplate: true, contactDatabase: null, state: 'INACTIVE' });
    expect(original.retryRules).toHaveLength(2);
  });

  it('validates the new campaign like any other, overrides included', async () => {
    const { template } = await configuredTemplate();
    const missing = failed(
      await manager(FROM_TEMPLATE, { templateId: template.id, name: unique('x') }),
      'BAD_USER_INPUT',
    );
    expect(missing.extensions?.['details']?.field).toBe('contactDatabaseId');
    const badZone = failed(
      await manager(FROM_TEMPLATE, {
        templateId: template.id,
        name: unique('x'),
        overrides: {
          contactDatabaseId: (await createContactDatabase(orm)).id,
          callingWindow: { timeZone: 'Nowhere/City' },
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(badZone.extensions?.['details']?.field).toBe('callingWindow.timeZone');
    const campaign = await createCampaignAs(manager);
    const notTemplate = failed(
      await manager(FROM_TEMPLATE, { templateId: campaign.id, name: unique('x') }),
      'BAD_USER_INPUT',
    );
    expect(notTemplate.extensions?.['details']?.field).toBe('templateId');
    failed(await manager(FROM_TEMPLATE, { templateId: randomUUID(), name: unique('x') }), 'NOT_FOUND');
    ok(await manager('mutation ($id: ID!) { deleteCampaign(id: $id) }', { id: template.id }));
    const deleted = failed(await manager(FROM_TEMPLATE, { templateId: template.id, name: unique('x') }), 'CONFLICT');
    expect(deleted.extensions?.['reason']).toBe('CAMPAIGN_DELETED');
  });

  it('saves a campaign as a template, with its options and rules', async () => {
    const database = await createContactDatabase(orm);
    const campaign = await createCampaignAs(manager, { type: 'PREVIEW', contactDatabaseId: database.id, objective: 7 });
    const option = await addOption(manager, campaign.id, { name: 'Wrong number' });
    ok(
      await manager(ADD_RULE, {
        input: { campaignId: campaign.id, dispositionOptionId: option.id, retryAfterSeconds: 60, maxAttempts: 1 },
      }),
    );
    const name = unique('preview-template');
    const template = ok(await manager(AS_TEMPLATE, { id: campaign.id, name })).saveCampaignAsTemplate;
    expect(template).toMatchObject({
      name,
      isTemplate: true,
      type: 'PREVIEW',
      objective: 7,
      template: null,
      state: 'INACTIVE',
    });
    expect(template.dispositionOptions.map((item: { name: string }) => item.name)).toEqual(['Wrong number']);
    expect(template.retryRules[0].dispositionOption).toEqual({
      id: template.dispositionOptions[0].id,
      name: 'Wrong number',
    });
    const duplicate = failed(await manager(AS_TEMPLATE, { id: campaign.id, name }), 'CONFLICT');
    expect(duplicate.extensions?.['reason']).toBe('CAMPAIGN_NAME_TAKEN');
  });

  it('lets a supervisor use a template and makes it supervise the new campaign', async () => {
    const { template } = await configuredTemplate();
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const run = as(api.url, supervisor.token);
    const templates = ok(await run('{ campaigns(filter: { isTemplate: true }, first: 500) { nodes { id } } }'));
    expect(templates.campaigns.nodes.map((node: { id: string }) => node.id)).toContain(template.id);
    const database = await createContactDatabase(orm, undefined, undefined, supervisor.user);
    const created = ok(
      await run(FROM_TEMPLATE, {
        templateId: template.id,
        name: unique('mine'),
        overrides: { contactDatabaseId: database.id },
      }),
    ).createCampaignFromTemplate;
    // Only the supervisor itself: any campaign manager can put itself among a template's
    // supervisors, and must not reach the campaigns others make from it.
    expect(created.supervisors.map((user: { id: string }) => user.id)).toEqual([supervisor.user.id]);
    ok(await run(GET, { id: created.id }));
  });

  it('gives a supervisor who planted itself in a template no reach over campaigns others make from it', async () => {
    const template = await createCampaignAs(manager, { name: unique('shared'), type: 'PREVIEW', isTemplate: true });
    const planter = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const runPlanter = as(api.url, planter.token);
    ok(await runPlanter(SET_SUPERVISORS, { id: template.id, users: [planter.user.id] }));
    const victim = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const database = await createContactDatabase(orm, undefined, undefined, victim.user);
    const created = ok(
      await as(api.url, victim.token)(FROM_TEMPLATE, {
        templateId: template.id,
        name: unique('victim'),
        overrides: { contactDatabaseId: database.id },
      }),
    ).createCampaignFromTemplate;
    expect(created.supervisors.map((user: { id: string }) => user.id)).toEqual([victim.user.id]);
    failed(await runPlanter(GET, { id: created.id }), 'NOT_FOUND');
    // A manager (CAMPAIGNS_ALL) copies the template's people as the manual does.
    const byManager = ok(
      await manager(FROM_TEMPLATE, {
        templateId: template.id,
        name: unique('managed'),
        overrides: { contactDatabaseId: database.id },
      }),
    ).createCampaignFromTemplate;
    expect(byManager.supervisors.map((user: { id: string }) => user.id)).toEqual([planter.user.id]);
  });
});

describe('campaign assignments', () => {
  it('sets supervisors, refusing users who cannot supervise', async () => {
    const { id } = await createCampaignAs(manager);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const refused = failed(
      await manager(SET_SUPERVISORS, { id, users: [supervisor.user.id, agent.user.id] }),
      'BAD_USER_INPUT',
    );
    expect(refused.extensions?.['details']).toMatchObject({ field: 'userIds', userIds: [agent.user.id] });
    failed(await manager(SET_SUPERVISORS, { id, users: [randomUUID()] }), 'NOT_FOUND');
    const set = ok(await manager(SET_SUPERVISORS, { id, users: [supervisor.user.id, basic.user.id] }));
    expect(set.setCampaignSupervisors.supervisors.map((user: { id: string }) => user.id).sort()).toEqual(
      [supervisor.user.id, basic.user.id].sort(),
    );
    ok(await as(api.url, basic.token)(GET, { id }));
    const cleared = ok(await manager(SET_SUPERVISORS, { id, users: [] }));
    expect(cleared.setCampaignSupervisors.supervisors).toEqual([]);
    failed(await as(api.url, basic.token)(GET, { id }), 'NOT_FOUND');
  });

  it('replaces the agents and their penalties, within 0 to 100', async () => {
    const { id } = await createCampaignAs(manager);
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => loggedIn(orm, api.url, BuiltInRole.AGENT)));
    const profile = (user: typeof first) => user!.user.agentProfile!.id;
    ok(
      await manager(SET_AGENTS, {
        id,
        agents: [{ agentId: profile(first) }, { agentId: profile(second), penalty: 5 }],
      }),
    );
    const replaced = ok(
      await manager(SET_AGENTS, {
        id,
        agents: [
          { agentId: profile(second), penalty: 9 },
          { agentId: profile(third), penalty: 100 },
        ],
      }),
    ).setCampaignAgents.agents;
    expect(
      replaced.map((item: { penalty: number; agent: { id: string } }) => [item.agent.id, item.penalty]).sort(),
    ).toEqual(
      [
        [profile(second), 9],
        [profile(third), 100],
      ].sort(),
    );
    const tooHigh = failed(
      await manager(SET_AGENTS, { id, agents: [{ agentId: profile(first), penalty: 101 }] }),
      'BAD_USER_INPUT',
    );
    expect(tooHigh.extensions?.['details']?.field).toBe('agents[0].penalty');
    failed(await manager(SET_AGENTS, { id, agents: [{ agentId: profile(first), penalty: -1 }] }), 'BAD_USER_INPUT');
    const twice = [{ agentId: profile(first) }, { agentId: profile(first) }];
    failed(await manager(SET_AGENTS, { id, agents: twice }), 'BAD_USER_INPUT');
    failed(await manager(SET_AGENTS, { id, agents: [{ agentId: randomUUID() }] }), 'NOT_FOUND');
    const unchanged = ok(await manager(GET, { id })).campaign.agents;
    expect(agentIds(unchanged)).toEqual([profile(second), profile(third)].sort());
  });

  it('adds a whole agent group, keeping agents already assigned, and removes one agent', async () => {
    const { id } = await createCampaignAs(manager);
    const group = await agentGroup();
    const members = await Promise.all([1, 2].map(() => loggedIn(orm, api.url, BuiltInRole.AGENT, { group })));
    const [kept, added] = members.map((member) => member.user.agentProfile!.id) as [string, string];
    ok(await manager(SET_AGENTS, { id, agents: [{ agentId: kept, penalty: 1 }] }));
    const grouped = ok(await manager(ADD_GROUP, { id, group: group.id, penalty: 7 })).addAgentGroupToCampaign.agents;
    expect(
      grouped.map((item: { penalty: number; agent: { id: string } }) => [item.agent.id, item.penalty]).sort(),
    ).toEqual(
      [
        [kept, 1],
        [added, 7],
      ].sort(),
    );
    failed(await manager(ADD_GROUP, { id, group: randomUUID(), penalty: 0 }), 'NOT_FOUND');
    failed(await manager(ADD_GROUP, { id, group: group.id, penalty: 500 }), 'BAD_USER_INPUT');

    const removed = ok(await manager(REMOVE_AGENT, { id, agent: kept })).removeCampaignAgent.agents;
    expect(agentIds(removed)).toEqual([added]);
    failed(await manager(REMOVE_AGENT, { id, agent: kept }), 'NOT_FOUND');
  });

  it('lets only managers of the campaign change its people', async () => {
    const { id } = await createCampaignAs(manager);
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    failed(await as(api.url, outsider.token)(SET_SUPERVISORS, { id, users: [outsider.user.id] }), 'NOT_FOUND');
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    ok(await manager(SET_AGENTS, { id, agents: [{ agentId: agent.user.agentProfile!.id }] }));
    failed(await as(api.url, agent.token)(SET_AGENTS, { id, agents: [] }), 'FORBIDDEN');
  });
});
