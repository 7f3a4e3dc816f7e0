// Journey 6 of the agent console: the api restarted, then Asterisk restarted, mid-shift. The
// console says it lost the server, shows nothing it cannot vouch for while away, and comes back
// by itself to a registered phone and a true state; the agent is not stuck and takes a call.
// This file restarts its Asterisk, so it has one of its own (and a database and Redis prefix
// of its own: see HarnessIsolation) on ports 300 above the run's.
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignType } from '@switchboard/schema';
import {
  FAKE_PSTN_CALLERS_CONTEXT,
  applyTelephonyConfiguration,
  campaignQueueName,
  originate,
  pbxStatus,
  queueStatus,
  startPbx,
  stopPbx,
} from '@switchboard/telephony';
import { startTestApi } from '../support/api-harness.js';
import { createAgentGroup } from '../support/agent-factory.js';
import { createCampaign, createDatabase } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { ownAsteriskEnvironment, ownIsolation } from '../telephony/own-asterisk.js';
import { uniqueCaller, uniqueDid } from '../calls/in-call-harness.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';

Object.assign(process.env, ownAsteriskEnvironment('console-outage', 2));
const isolation = ownIsolation('console-outage');
// Registered before the harness's hooks, so it runs after their teardown (stack order), which
// still talks to this Asterisk.
afterAll(async () => {
  if (harness.config) await stopPbx(harness.config, harness.pbx.logger);
});
const harness = useConsoleHarness(isolation);

/** The api again on the same port, as an operator's restart would bring it back. */

async function killAsterisk(): Promise<void> {
  const { pid } = await pbxStatus(harness.config);
  process.kill(pid!, 'SIGKILL');
  await pollUntil(
    async () => (await pbxStatus(harness.config)).running,
    (running) => !running,
    { what: 'Asterisk to die' },
  );
}

describe('the agent console through outages', () => {
  it('survives an api restart and an Asterisk restart mid-shift, and takes a call after them', async () => {
    const { orm } = harness;
    const group = await createAgentGroup(orm, { autoAttendInbound: true, autoUnpauseSeconds: 1 });
    const agent = await loggedIn(orm, harness.api.url, BuiltInRole.AGENT, { group });
    const admin = await loggedIn(orm, harness.api.url, BuiltInRole.ADMINISTRATOR);
    const campaign = await createCampaign(orm, {
      type: CampaignType.INBOUND,
      database: await createDatabase(orm),
      agents: [agent.user],
    });
    const did = uniqueDid();
    ok(
      await graphql(
        harness.api.url,
        'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }',
        { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
        admin.token,
      ),
    );
    await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);

    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(agent.username, agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');

      // The api goes away: the banner says so and the state is no longer vouched for.
      const port = String(harness.api.port);
      await harness.api.close();
      await agentConsole.page.getByText('Connection to the server lost').waitFor({ timeout: 15_000 });
      await agentConsole.status.getByText('State unknown').waitFor();
      harness.api = await startTestApi({
        API_PORT: port,
        DATABASE_URL: isolation.databaseUrl,
        REDIS_PREFIX: isolation.redisPrefix,
      });
      await agentConsole.page.getByText('Connection to the server lost').waitFor({ state: 'hidden', timeout: 30_000 });
      await agentConsole.expectState('Ready');

      // Asterisk dies and comes back: the phone re-registers by itself, the agent is READY again.
      await killAsterisk();
      await agentConsole.page.waitForFunction(
        () => (window as any).__switchboardWebphone?.registration !== 'registered',
        undefined,
        { timeout: 20_000 },
      );
      await startPbx(harness.config, harness.pbx.logger);
      await agentConsole.expectRegistered(60_000);
      await agentConsole.expectState('Ready', 30_000);

      // Not stuck: the queue reaches the agent's phone again, once the agent-states worker is
      // back on AMI and has put the agent in the queue again (later on a loaded machine, whose
      // reconnect backoff has grown while Asterisk was down).
      const queue = campaignQueueName(campaign.id);
      await pollUntil(
        async () => (await queueStatus(harness.ami).catch(() => [])).find((each) => each.queue === queue),
        (found) => (found?.members.length ?? 0) > 0,
        { timeoutMs: 60_000, intervalMs: 500, what: 'the agent back in the campaign queue' },
      );
      await originate(harness.ami, {
        channel: `Local/${did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
        callerId: `"Customer" <${uniqueCaller()}>`,
        destination: { application: 'Echo' },
      });
      await agentConsole.expectState('On call', 30_000);
      await agentConsole.expectMediaBothWays();
      await agentConsole.hangUp();
      await agentConsole.expectState(/Paused|Ready/);
    });
    const state = ok(await graphql<any>(harness.api.url, '{ myAgentState { state } }', {}, agent.token)).myAgentState;
    expect(['PAUSED', 'READY']).toContain(state.state);
  }, 240_000);
});
