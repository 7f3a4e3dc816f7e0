// Journey 5 of the agent console, in Chromium against the real Asterisk: the agent pauses with a
// reason and resumes from the status bar; a supervisor's forced pause, and its end, reach the
// console live, with no reload and no gesture from the agent.
import { describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignType, Pause } from '@switchboard/schema';
import { applyTelephonyConfiguration } from '@switchboard/telephony';
import { createAgentGroup } from '../support/agent-factory.js';
import { createCampaign } from '../support/contact-factory.js';
import { loggedIn, unique } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';
import { agentActivities, liveStateBecomes, supervisedState } from './journey-log.js';

const harness = useConsoleHarness();

/** An agent in an inbound campaign that a supervisor runs, and a pause reason to choose. */
async function supervisedDesk() {
  const { orm, api } = harness;
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group: await createAgentGroup(orm) });
  const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const campaign = await createCampaign(orm, {
    type: CampaignType.INBOUND,
    agents: [agent.user],
    supervisors: [supervisor.user],
  });
  const em = orm.em.fork();
  const lunch = em.create(Pause, { name: unique('Lunch') } as Pause);
  await em.flush();
  await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);
  return { agent, agentId: agent.user.agentProfile!.id, supervisor, admin, campaign, lunch };
}

describe('pauses in the agent console', () => {
  it("pauses with a reason, resumes, and shows a supervisor's forced pause and its end live", async () => {
    const desk = await supervisedDesk();
    const { url } = harness.api;
    const asSupervisor = (mutation: string) => graphql<any>(url, mutation, { a: desk.agentId }, desk.supervisor.token);
    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(desk.agent.username, desk.agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');

      await agentConsole.pause(desk.lunch.name);
      await agentConsole.expectState('Paused');
      await agentConsole.status.getByText(desk.lunch.name).waitFor();
      await liveStateBecomes(url, desk.agent.token, { state: 'PAUSED', pauseId: desk.lunch.id });
      expect(await supervisedState(url, desk.supervisor.token, desk.campaign.id, desk.agentId)).toMatchObject({
        state: 'PAUSED',
        pauseId: desk.lunch.id,
      });
      expect(await agentConsole.accessibilityViolations()).toEqual([]);

      await agentConsole.unpause();
      await agentConsole.expectState('Ready');
      await liveStateBecomes(url, desk.agent.token, { state: 'READY', pauseId: null });

      // The supervisor acts from elsewhere: only the live subscription tells the console.
      ok(await asSupervisor('mutation ($a: ID!) { forceAgentPause(agentId: $a) { state } }'));
      await agentConsole.expectState('Paused');
      await agentConsole.status.getByText('Paused by a supervisor').waitFor();
      // The agent cannot lift a supervisor's pause itself.
      expect(await agentConsole.button('Resume').isDisabled()).toBe(true);
      expect(await supervisedState(url, desk.supervisor.token, desk.campaign.id, desk.agentId)).toMatchObject({
        state: 'PAUSED',
        pauseId: 'SUPERVISOR',
      });

      ok(await asSupervisor('mutation ($a: ID!) { forceAgentUnpause(agentId: $a) { state } }'));
      await agentConsole.expectState('Ready');
      expect(await agentConsole.status.getByText('Paused by a supervisor').count()).toBe(0);
      await liveStateBecomes(url, desk.agent.token, { state: 'READY', pauseId: null });
    });

    expect(await agentActivities(url, desk.admin.token, desk.agentId)).toEqual([
      'LOGIN',
      `PAUSE:${desk.lunch.id}`,
      `UNPAUSE:${desk.lunch.id}`,
      'PAUSE:SUPERVISOR',
      'UNPAUSE:SUPERVISOR',
    ]);
  }, 90_000);
});
