import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentPhoneType, AgentProfile, Campaign, ContactDatabase, Pause, User, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { seedDemo } from '../../api/src/demo/seed-demo.js';
import { DEMO_PASSWORD } from '../../api/src/demo/demo-data.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { graphql, ok } from '../support/graphql-client.js';
import { login } from '../support/factories.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

describe('the demo seed', () => {
  it('seeds the contact center the README promises, once', async () => {
    expect(await seedDemo(orm.em.fork())).toBe(true);
    expect(await seedDemo(orm.em.fork())).toBe(false);

    const em = orm.em.fork();
    const agents = await em.find(User, { agentProfile: { group: { name: 'Demo agents' } } });
    expect(agents.map((agent) => agent.username).sort()).toEqual(['agent1', 'agent2', 'agent3', 'agent4', 'agent5']);
    // agent1 is the newcomer's, in the browser console; the bots' phones are SIP.
    const phones = await em.find(AgentProfile, { group: { name: 'Demo agents' } }, { populate: ['user'] });
    expect(Object.fromEntries(phones.map((profile) => [profile.user.username, profile.phoneType]))).toEqual({
      agent1: AgentPhoneType.WEBRTC,
      agent2: AgentPhoneType.SIP,
      agent3: AgentPhoneType.SIP,
      agent4: AgentPhoneType.SIP,
      agent5: AgentPhoneType.SIP,
    });
    const campaigns = await em.find(Campaign, {
      name: ['Inbound support', 'Manual sales', 'Preview survey', 'Predictive collections'],
    });
    expect(campaigns.map((campaign) => campaign.type).sort()).toEqual(['DIALER', 'INBOUND', 'MANUAL', 'PREVIEW']);
    expect(await em.count(Pause, { name: ['Break', 'Lunch', 'Training', 'Back office'] })).toBe(4);
    expect((await em.findOneOrFail(ContactDatabase, { name: 'Demo customers' })).contactCount).toBeGreaterThan(0);
  });

  it('lets the demo users log in and work through the API', async () => {
    const admin = await login(api.url, 'admin', DEMO_PASSWORD);
    const me = ok(await graphql(api.url, '{ me { username role { builtIn } } }', {}, admin));
    expect(me.me).toEqual({ username: 'admin', role: { builtIn: 'ADMINISTRATOR' } });
    const agent = await login(api.url, 'agent1', DEMO_PASSWORD);
    const groups = await graphql(api.url, '{ pauses(first: 10) { nodes { name type } } }', {}, agent);
    expect(ok(groups).pauses.nodes.length).toBeGreaterThanOrEqual(4);
  });
});
