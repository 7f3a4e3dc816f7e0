import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentGroup,
  AgentProfile,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  Role,
  User,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { createUser, loggedIn, login, unique, PASSWORD } from '../support/factories.js';

let api: ApiServer;
let orm: Orm;
let admin: Awaited<ReturnType<typeof loggedIn>>;
let roles: Record<BuiltInRole, string>;
let group: AgentGroup;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const em = orm.em.fork();
  roles = Object.fromEntries(
    (await em.find(Role, { builtIn: { $ne: null } })).map((role) => [role.builtIn, role.id]),
  ) as Record<BuiltInRole, string>;
  group = em.create(AgentGroup, { name: unique('users-group') } as AgentGroup);
  await em.flush();
});
afterAll(() => closeTestApi(api, orm));

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id username role { builtIn } agentProfile { sipExtension group { id } } }
}`;

function userInput(overrides: Record<string, unknown> = {}) {
  return { username: unique('user'), password: PASSWORD, roleId: roles.SUPERVISOR, ...overrides };
}

describe('password policy', () => {
  it.each([
    ['short', 'Ab3$xyz', 'PASSWORD_TOO_SHORT'],
    ['all digits', '8472615938', 'PASSWORD_ENTIRELY_NUMERIC'],
    ['common', 'password123', 'PASSWORD_TOO_COMMON'],
    ['common, any case', 'Sunshine1', 'PASSWORD_TOO_COMMON'],
  ])('refuses a %s password', async (_label, password, reason) => {
    const error = failed(
      await graphql(api.url, CREATE, { input: userInput({ password }) }, admin.token),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe(reason);
  });

  it('refuses a password too similar to the username or name', async () => {
    const username = unique('gonzalez');
    for (const input of [
      userInput({ username, password: `${username}!` }),
      userInput({ firstName: 'Marianela', password: 'Marianela#2024' }),
    ]) {
      const error = failed(await graphql(api.url, CREATE, { input }, admin.token), 'BAD_USER_INPUT');
      expect(error.extensions?.['reason']).toBe('PASSWORD_TOO_SIMILAR');
    }
  });

  it('accepts a good password and stores only a slow hash', async () => {
    const created = ok(await graphql(api.url, CREATE, { input: userInput() }, admin.token));
    const stored = await orm.em.fork().findOneOrFail(User, { id: created.createUser.id });
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    await login(api.url, created.createUser.username);
  });

  it('never exposes password hashes or SIP secrets in the schema', async () => {
    const result = ok(
      await graphql(
        api.url,
        '{ user: __type(name: "User") { fields { name } } agent: __type(name: "AgentProfile") { fields { name } } }',
      ),
    );
    const names = [...result.user.fields, ...result.agent.fields].map((field: { name: string }) => field.name);
    expect(names).not.toContain('passwordHash');
    expect(names).not.toContain('sipSecret');
    expect(names).not.toContain('tokenVersion');
  });
});

describe('users', () => {
  it('names the invalid field', async () => {
    const error = failed(
      await graphql(
        api.url,
        CREATE,
        { input: userInput({ username: 'has space', email: 'not-an-email' }) },
        admin.token,
      ),
      'BAD_USER_INPUT',
    );
    const fields = error.extensions?.['details'].problems.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'email']));
  });

  it('gives agents a profile with a free SIP extension and requires a group', async () => {
    failed(
      await graphql(api.url, CREATE, { input: userInput({ roleId: roles.AGENT }) }, admin.token),
      'BAD_USER_INPUT',
    );
    const created = ok(
      await graphql(
        api.url,
        CREATE,
        { input: userInput({ roleId: roles.AGENT, agent: { groupId: group.id } }) },
        admin.token,
      ),
    );
    expect(created.createUser.agentProfile.group.id).toBe(group.id);
    expect(created.createUser.agentProfile.sipExtension).toBeGreaterThanOrEqual(1000);
    const missingGroup = failed(
      await graphql(
        api.url,
        CREATE,
        { input: userInput({ roleId: roles.AGENT, agent: { groupId: crypto.randomUUID() } }) },
        admin.token,
      ),
      'NOT_FOUND',
    );
    expect(missingGroup.message).toMatch(/agent.groupId/);
  });

  it('refuses a duplicate username with CONFLICT', async () => {
    const input = userInput();
    ok(await graphql(api.url, CREATE, { input }, admin.token));
    failed(await graphql(api.url, CREATE, { input }, admin.token), 'CONFLICT');
  });

  it('invalidates older tokens when the password changes', async () => {
    const { token, username, user } = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const sipSecret = async () => (await orm.em.fork().findOneOrFail(AgentProfile, { user: user.id })).sipSecret;
    const before = await sipSecret();
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }';
    failed(await graphql(api.url, change, { c: 'wrong-one-123', n: 'Another-Good-Pass-77' }, token), 'BAD_USER_INPUT');
    ok(await graphql(api.url, change, { c: PASSWORD, n: 'Another-Good-Pass-77' }, token));
    failed(await graphql(api.url, '{ me { id } }', {}, token), 'UNAUTHENTICATED');
    await login(api.url, username, 'Another-Good-Pass-77');
    // The phone's SIP secret is revoked with the tokens.
    expect(await sipSecret()).not.toBe(before);
  });
});

describe('role permissions', () => {
  it('lets each role do what the manual says', async () => {
    const list = '{ users(first: 1) { totalCount } }';
    for (const builtIn of [
      BuiltInRole.ADMINISTRATOR,
      BuiltInRole.MANAGER,
      BuiltInRole.SUPERVISOR,
      BuiltInRole.BASIC_SUPERVISOR,
    ]) {
      const { token } = await loggedIn(orm, api.url, builtIn);
      ok(await graphql(api.url, list, {}, token));
    }
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await graphql(api.url, list, {}, agent.token), 'FORBIDDEN');
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    failed(await graphql(api.url, CREATE, { input: userInput() }, basic.token), 'FORBIDDEN');
    failed(
      await graphql(api.url, 'mutation { createAgentGroup(input: { name: "x" }) { id } }', {}, agent.token),
      'FORBIDDEN',
    );
  });

  it('only administrators create or change administrators', async () => {
    const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    failed(
      await graphql(api.url, CREATE, { input: userInput({ roleId: roles.ADMINISTRATOR }) }, manager.token),
      'FORBIDDEN',
    );
    const otherAdmin = await createUser(orm, BuiltInRole.ADMINISTRATOR);
    const update = 'mutation ($id: ID!) { updateUser(id: $id, input: { firstName: "X" }) { id } }';
    failed(await graphql(api.url, update, { id: otherAdmin.user.id }, manager.token), 'FORBIDDEN');
    ok(await graphql(api.url, update, { id: otherAdmin.user.id }, admin.token));
  });

  it('lets a supervisor create agents but not grant roles beyond its own', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    ok(
      await graphql(
        api.url,
        CREATE,
        { input: userInput({ roleId: roles.AGENT, agent: { groupId: group.id } }) },
        supervisor.token,
      ),
    );
    failed(
      await graphql(api.url, CREATE, { input: userInput({ roleId: roles.MANAGER }) }, supervisor.token),
      'FORBIDDEN',
    );
  });

  it('lets a supervisor change only agents of campaigns it supervises', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const mine = await createUser(orm, BuiltInRole.AGENT, { group });
    const theirs = await createUser(orm, BuiltInRole.AGENT, { group });
    const em = orm.em.fork();
    const campaign = em.create(Campaign, { name: unique('scope'), type: CampaignType.MANUAL } as Campaign);
    campaign.supervisors.add(em.getReference(User, supervisor.user.id));
    em.create(CampaignAgent, { campaign, agent: mine.user.agentProfile!.id, penalty: 0 } as never);
    await em.flush();

    const update = 'mutation ($id: ID!) { updateUser(id: $id, input: { lastName: "Pérez" }) { lastName } }';
    expect(ok(await graphql(api.url, update, { id: mine.user.id }, supervisor.token)).updateUser.lastName).toBe(
      'Pérez',
    );
    failed(await graphql(api.url, update, { id: theirs.user.id }, supervisor.token), 'FORBIDDEN');
    failed(
      await graphql(api.url, 'mutation ($id: ID!) { deleteUser(id: $id) }', { id: theirs.user.id }, supervisor.token),
      'FORBIDDEN',
    );
  });
});

describe('custom roles', () => {
  const CREATE_ROLE = `mutation ($input: CreateRoleInput!) { createRole(input: $input) { id name builtIn permissions } }`;

  it('imitates one role and applies another, as the manual describes', async () => {
    const created = ok(
      await graphql(
        api.url,
        CREATE_ROLE,
        {
          input: {
            name: unique('Sup & QA'),
            imitateRoleId: roles.BASIC_SUPERVISOR,
            applyRoleIds: [roles.AGENT],
            permissions: ['AUDIT'],
          },
        },
        admin.token,
      ),
    );
    expect(created.createRole.builtIn).toBeNull();
    expect(created.createRole.permissions).toEqual(
      expect.arrayContaining(['SUPERVISION', 'REPORTS_READ', 'AGENT_CONSOLE', 'DISPOSITIONS_WRITE', 'AUDIT']),
    );
    expect(created.createRole.permissions).not.toContain('CAMPAIGNS_MANAGE');
  });

  it('refuses to change built-in roles and to delete roles in use', async () => {
    failed(
      await graphql(
        api.url,
        'mutation ($id: ID!) { updateRole(id: $id, input: { name: "Boss" }) { id } }',
        { id: roles.AGENT },
        admin.token,
      ),
      'CONFLICT',
    );
    const role = ok(
      await graphql(
        api.url,
        CREATE_ROLE,
        { input: { name: unique('Readers'), permissions: ['USERS_READ'] } },
        admin.token,
      ),
    );
    ok(await graphql(api.url, CREATE, { input: userInput({ roleId: role.createRole.id }) }, admin.token));
    failed(
      await graphql(api.url, 'mutation ($id: ID!) { deleteRole(id: $id) }', { id: role.createRole.id }, admin.token),
      'CONFLICT',
    );
  });

  it('applies a role change to the next request of its holders', async () => {
    const role = ok(
      await graphql(
        api.url,
        CREATE_ROLE,
        { input: { name: unique('Temp'), permissions: ['USERS_READ'] } },
        admin.token,
      ),
    );
    const holder = ok(
      await graphql(api.url, CREATE, { input: userInput({ roleId: role.createRole.id }) }, admin.token),
    );
    const token = await login(api.url, holder.createUser.username);
    ok(await graphql(api.url, '{ users(first: 1) { totalCount } }', {}, token));
    ok(
      await graphql(
        api.url,
        'mutation ($id: ID!) { updateRole(id: $id, input: { permissions: [AUDIT] }) { id } }',
        { id: role.createRole.id },
        admin.token,
      ),
    );
    failed(await graphql(api.url, '{ users(first: 1) { totalCount } }', {}, token), 'FORBIDDEN');
  });
});

describe('a supervisor’s reach over agents', () => {
  const SET_AGENTS = `mutation ($c: ID!, $a: [CampaignAgentInput!]!) {
    setCampaignAgents(campaignId: $c, agents: $a) { id agents { agent { id } } } }`;
  const ADD_GROUP = `mutation ($c: ID!, $g: ID!) { addAgentGroupToCampaign(campaignId: $c, groupId: $g) { id } }`;
  const RESET = `mutation ($id: ID!, $p: String!) { updateUser(id: $id, input: { password: $p }) { id } }`;
  const NEW_PASSWORD = 'Quiet-Harbor-Lantern-58';

  async function campaignOf(supervisor: User, agents: User[] = []) {
    const em = orm.em.fork();
    const campaign = em.create(Campaign, { name: unique('reach'), type: CampaignType.MANUAL } as Campaign);
    campaign.supervisors.add(em.getReference(User, supervisor.id));
    for (const agent of agents)
      em.create(CampaignAgent, { campaign, agent: agent.agentProfile!.id, penalty: 0 } as never);
    await em.flush();
    return campaign;
  }

  it('cannot take over another supervisor’s agent by adding it to its campaign', async () => {
    const attacker = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const owner = await createUser(orm, BuiltInRole.SUPERVISOR);
    const groupEm = orm.em.fork();
    const victimGroup = groupEm.create(AgentGroup, { name: unique('victims') } as AgentGroup);
    await groupEm.flush();
    const victim = await createUser(orm, BuiltInRole.AGENT, { group: victimGroup });
    await campaignOf(owner.user, [victim.user]);
    const own = await campaignOf(attacker.user);
    const agentId = victim.user.agentProfile!.id;

    failed(await graphql(api.url, SET_AGENTS, { c: own.id, a: [{ agentId }] }, attacker.token), 'FORBIDDEN');
    failed(await graphql(api.url, ADD_GROUP, { c: own.id, g: victimGroup.id }, attacker.token), 'FORBIDDEN');
    failed(await graphql(api.url, RESET, { id: victim.user.id, p: NEW_PASSWORD }, attacker.token), 'FORBIDDEN');
    expect(await orm.em.fork().count(CampaignAgent, { campaign: own.id })).toBe(0);
    await login(api.url, victim.username);
  });

  it('cannot change an agent it shares with a campaign it does not supervise', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const other = await createUser(orm, BuiltInRole.SUPERVISOR);
    const shared = await createUser(orm, BuiltInRole.AGENT, { group });
    await campaignOf(supervisor.user, [shared.user]);
    await campaignOf(other.user, [shared.user]);
    failed(await graphql(api.url, RESET, { id: shared.user.id, p: NEW_PASSWORD }, supervisor.token), 'FORBIDDEN');
    failed(
      await graphql(
        api.url,
        'mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }',
        { id: shared.user.id },
        supervisor.token,
      ),
      'FORBIDDEN',
    );
    // Non-agents are out of a supervisor's hands, even the ones on its campaign.
    failed(
      await graphql(
        api.url,
        'mutation ($id: ID!) { updateUser(id: $id, input: { lastName: "X" }) { id } }',
        { id: other.user.id },
        supervisor.token,
      ),
      'FORBIDDEN',
    );
  });

  it('assigns and manages the agents it creates and the ones it reaches', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const reached = await createUser(orm, BuiltInRole.AGENT, { group });
    const first = await campaignOf(supervisor.user, [reached.user]);
    const second = await campaignOf(supervisor.user);
    const created = ok(
      await graphql(
        api.url,
        CREATE,
        { input: userInput({ roleId: roles.AGENT, agent: { groupId: group.id } }) },
        supervisor.token,
      ),
    ).createUser;
    const createdAgentId = (await orm.em.fork().findOneOrFail(User, { id: created.id }, { populate: ['agentProfile'] }))
      .agentProfile!.id;
    ok(await graphql(api.url, RESET, { id: created.id, p: NEW_PASSWORD }, supervisor.token));
    const agents = [{ agentId: createdAgentId }, { agentId: reached.user.agentProfile!.id }];
    const set = ok(await graphql(api.url, SET_AGENTS, { c: second.id, a: agents }, supervisor.token));
    expect(set.setCampaignAgents.agents).toHaveLength(2);
    ok(await graphql(api.url, SET_AGENTS, { c: first.id, a: agents }, supervisor.token));
    ok(await graphql(api.url, RESET, { id: reached.user.id, p: NEW_PASSWORD }, supervisor.token));
    await login(api.url, created.username, NEW_PASSWORD);
    await login(api.url, reached.username, NEW_PASSWORD);
  });

  it('does not hand a supervisor the agents of a template it creates a campaign from', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const stranger = await createUser(orm, BuiltInRole.AGENT, { group });
    const em = orm.em.fork();
    const template = em.create(Campaign, {
      name: unique('template'),
      type: CampaignType.MANUAL,
      isTemplate: true,
    } as Campaign);
    em.create(CampaignAgent, { campaign: template, agent: stranger.user.agentProfile!.id, penalty: 0 } as never);
    await em.flush();
    const created = ok(
      await graphql(
        api.url,
        `
          mutation ($t: ID!, $n: String!) {
            createCampaignFromTemplate(templateId: $t, name: $n) {
              id
              agents {
                agent {
                  id
                }
              }
            }
          }
        `,
        { t: template.id, n: unique('from-template') },
        supervisor.token,
      ),
    ).createCampaignFromTemplate;
    expect(created.agents).toEqual([]);
    failed(await graphql(api.url, RESET, { id: stranger.user.id, p: NEW_PASSWORD }, supervisor.token), 'FORBIDDEN');
  });
});
