import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { BuiltInRole, type AgentStateStore, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { putOnCall, testAgentStateStore } from '../support/agent-factory.js';
import { createCampaign } from '../support/contact-factory.js';
import { createUser, loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';

/**
 * Who may spy, decided before Asterisk is asked anything (no PBX needed): the audio, mode
 * changes and the rules that need the phone's call are in spy.test.ts, on the real Asterisk.
 */
let api: ApiServer;
let orm: Orm;
let store: AgentStateStore;
let redis: Redis;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  ({ store, redis } = testAgentStateStore());
});
afterAll(async () => {
  redis.disconnect();
  await closeTestApi(api, orm);
});

const SPY = 'mutation ($agentId: ID!, $mode: SpyMode!) { spyAgent(agentId: $agentId, mode: $mode) { callId mode } }';
const spy = (token: string, agentId: string, mode = 'LISTEN') => graphql(api.url, SPY, { agentId, mode }, token);

describe('spyAgent', () => {
  it('is FORBIDDEN to a supervisor of another campaign and to users without SUPERVISION', async () => {
    const [mine, stranger, agent] = await Promise.all([
      loggedIn(orm, api.url, BuiltInRole.SUPERVISOR),
      loggedIn(orm, api.url, BuiltInRole.SUPERVISOR),
      loggedIn(orm, api.url, BuiltInRole.AGENT),
    ]);
    const target = await createUser(orm, BuiltInRole.AGENT);
    const campaign = await createCampaign(orm, { supervisors: [mine.user], agents: [target.user] });
    await createCampaign(orm, { supervisors: [stranger.user], agents: [agent.user] });
    await putOnCall(store, target.user, campaign.id, null);
    const agentId = target.user.agentProfile!.id;

    const refused = failed(await spy(stranger.token, agentId), 'FORBIDDEN');
    expect(refused.message).toMatch(/not in any of your campaigns/);
    failed(await spy(agent.token, agentId, 'WHISPER'), 'FORBIDDEN');
    failed(await graphql(api.url, 'mutation { stopSpying }', {}, agent.token), 'FORBIDDEN');
  });

  it('is a CONFLICT when the agent has no call, checked before the phone', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const idle = await createUser(orm, BuiltInRole.AGENT);
    await createCampaign(orm, { supervisors: [supervisor.user], agents: [idle.user] });
    const refused = failed(await spy(supervisor.token, idle.user.agentProfile!.id, 'BARGE'), 'CONFLICT');
    expect(refused.extensions?.['reason']).toBe('SPY_AGENT_NOT_ON_A_CALL');
  });
});

describe('a supervisor without a session', () => {
  it('has no spy session and nothing to stop', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    expect(ok(await graphql(api.url, '{ mySpySession { callId } }', {}, supervisor.token))).toEqual({
      mySpySession: null,
    });
    expect(ok(await graphql(api.url, 'mutation { stopSpying }', {}, supervisor.token))).toEqual({ stopSpying: false });
  });
});
