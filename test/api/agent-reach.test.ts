import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentActivity,
  AgentActivityType,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  RecordingTag,
  User,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createUser, loggedIn, unique } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

async function campaignWith(options: { supervisors?: User[]; agents?: User[]; isTemplate?: boolean }) {
  const em = orm.em.fork();
  const campaign = em.create(Campaign, {
    name: unique('reach'),
    type: CampaignType.MANUAL,
    isTemplate: options.isTemplate ?? false,
  } as Campaign);
  for (const user of options.supervisors ?? []) campaign.supervisors.add(em.getReference(User, user.id));
  for (const agent of options.agents ?? []) {
    em.create(CampaignAgent, { campaign, agent: agent.agentProfile!.id, penalty: 0 } as never);
  }
  await em.flush();
  return campaign;
}

describe('the agents a supervisor reaches', () => {
  it('leave out the agents of templates: no force pause or logout, no live state, no activity', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const mine = await createUser(orm, BuiltInRole.AGENT);
    const templated = await createUser(orm, BuiltInRole.AGENT);
    await campaignWith({ supervisors: [supervisor.user], agents: [mine.user] });
    const template = await campaignWith({ agents: [templated.user], isTemplate: true });
    const agentId = templated.user.agentProfile!.id;
    const em = orm.em.fork();
    for (const agent of [mine, templated]) {
      em.create(AgentActivity, { agentId: agent.user.agentProfile!.id, type: AgentActivityType.LOGIN } as never);
    }
    await em.flush();

    for (const mutation of [
      'mutation ($a: ID!) { forceAgentPause(agentId: $a, pauseId: null) { state } }',
      'mutation ($a: ID!) { forceAgentUnpause(agentId: $a) { state } }',
      'mutation ($a: ID!) { forceAgentLogout(agentId: $a) { state } }',
    ]) {
      failed(await graphql(api.url, mutation, { a: agentId }, supervisor.token), 'FORBIDDEN');
    }
    const states = ok(await graphql(api.url, '{ agentStates { agentId } }', {}, supervisor.token)).agentStates.map(
      (state: { agentId: string }) => state.agentId,
    );
    expect(states).toEqual([mine.user.agentProfile!.id]);
    const byTemplate = ok(
      await graphql(
        api.url,
        'query ($c: ID) { agentStates(campaignId: $c) { agentId } }',
        { c: template.id },
        supervisor.token,
      ),
    ).agentStates;
    expect(byTemplate).toEqual([]);
    const activity = ok(
      await graphql(
        api.url,
        'query ($a: ID) { agentActivities(filter: { agentId: $a }) { totalCount } }',
        { a: agentId },
        supervisor.token,
      ),
    ).agentActivities;
    expect(activity.totalCount).toBe(0);
    const own = ok(
      await graphql(
        api.url,
        'query ($a: ID) { agentActivities(filter: { agentId: $a }) { totalCount } }',
        { a: mine.user.agentProfile!.id },
        supervisor.token,
      ),
    ).agentActivities;
    expect(own.totalCount).toBe(1);
  });
});

describe('recording tags', () => {
  const TAGS = 'query ($c: ID!) { recordingTags(callId: $c) { note } }';

  it('are read only within the call’s campaign, and by agents only on their own calls', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const colleague = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const campaign = await campaignWith({ supervisors: [supervisor.user], agents: [agent.user, colleague.user] });
    const callId = unique('call');
    const campaignless = unique('call');
    const em = orm.em.fork();
    em.create(RecordingTag, {
      callId,
      agentId: agent.user.agentProfile!.id,
      campaignId: campaign.id,
      note: 'angry customer',
      at: new Date(),
    } as RecordingTag);
    em.create(RecordingTag, {
      callId: campaignless,
      agentId: agent.user.agentProfile!.id,
      campaignId: null,
      note: 'out of campaign',
      at: new Date(),
    } as RecordingTag);
    await em.flush();

    const notes = async (token: string, id = callId) =>
      ok(await graphql(api.url, TAGS, { c: id }, token)).recordingTags.map((tag: { note: string }) => tag.note);
    expect(await notes(supervisor.token)).toEqual(['angry customer']);
    expect(await notes(agent.token)).toEqual(['angry customer']);
    expect(await notes(outsider.token)).toEqual([]);
    expect(await notes(colleague.token)).toEqual([]);
    // A call without a campaign is the agent's: its supervisors' reach.
    expect(await notes(supervisor.token, campaignless)).toEqual(['out of campaign']);
    expect(await notes(outsider.token, campaignless)).toEqual([]);
  });
});
