// Journey 4 of the agent console, in Chromium against the real Asterisk and the fake PSTN: a
// preview campaign shows the agent its next contact, the agent skips it, calls the next one,
// hangs up and dispositions the call.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BuiltInRole, Campaign, CampaignType } from '@switchboard/schema';
import { applyTelephonyConfiguration, fakePstnNumber } from '@switchboard/telephony';
import { createAgentGroup } from '../support/agent-factory.js';
import { createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { createRouteToFakePstn } from '../dialer/dialer-scenario.js';
import { addContacts, COLUMNS } from '../preview/preview-scenario.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';
import { callEventTypes, liveStateBecomes } from './journey-log.js';

const harness = useConsoleHarness();

/** A preview campaign of two contacts who answer as people, through a route to the fake PSTN. */
async function previewDesk() {
  const { orm, api, config } = harness;
  const group = await createAgentGroup(orm, { autoUnpauseSeconds: 30 });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const database = await createDatabase(orm, {
    columns: COLUMNS,
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: null,
  });
  const prefix = `55${randomInt(10_000, 99_999)}`;
  const contacts = await addContacts(orm, database, {
    contacts: 2,
    phone: (index) => fakePstnNumber('human', 40, `${prefix}${index}`),
  });
  const campaign = await createCampaign(orm, { type: CampaignType.PREVIEW, database, agents: [agent.user] });
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  await orm.em
    .fork()
    .nativeUpdate(Campaign, { id: campaign.id }, { outboundRoute: route.id, outboundCallerId: '5551000' });
  await createOption(orm, campaign, { name: 'Interested' });
  await applyTelephonyConfiguration(orm, harness.ami, config, harness.pbx.logger);
  return { agent, admin, campaign, skipped: contacts[0]!, called: contacts[1]! };
}

describe('a preview campaign in the agent console', () => {
  it('shows the next contact, skips it, calls the one after and dispositions the call', async () => {
    const desk = await previewDesk();
    const { url } = harness.api;
    let callId = '';
    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(desk.agent.username, desk.agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');

      await agentConsole.nextPreviewContact(desk.campaign.name);
      await agentConsole.previewCard.getByText('contact-0', { exact: true }).waitFor();
      expect(await agentConsole.accessibilityViolations()).toEqual([]);
      // Skipping takes the next contact at once.
      await agentConsole.skipPreviewContact();
      await agentConsole.previewCard.getByText('contact-1', { exact: true }).waitFor();
      expect(await agentConsole.previewCard.getByText('contact-0', { exact: true }).count()).toBe(0);

      await agentConsole.callPreviewContact('phone', desk.called.data['phone']!);
      await agentConsole.expectState('On call', 30_000);
      expect((await agentConsole.webphone()).call?.autoAnswer).toBe(true);
      await agentConsole.expectMediaBothWays();
      callId = (await liveStateBecomes(url, desk.agent.token, { state: 'ON_CALL', contactId: desk.called.id })).callId!;
      await agentConsole.contactPanel.getByText('contact-1', { exact: true }).waitFor();

      await agentConsole.hangUp();
      await agentConsole.status.getByText('After-call work').waitFor({ timeout: 15_000 });
      await agentConsole.dispose('Interested');
      await agentConsole.page.getByText('Disposition saved').waitFor();
    });

    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphql<any>(url, query, variables, desk.admin.token);
    const dispositions = ok(
      await asAdmin(
        'query ($c: ID) { dispositions(first: 5, filter: { campaignId: $c }) { nodes { callId contact { id } option { name } } } }',
        {
          c: desk.campaign.id,
        },
      ),
    ).dispositions.nodes;
    expect(dispositions).toEqual([{ callId, contact: { id: desk.called.id }, option: { name: 'Interested' } }]);
    const events = await pollUntil(
      () => callEventTypes(url, desk.admin.token, { callId }),
      (types) => types.includes('CONNECT'),
      { what: 'the call events' },
    );
    expect(events).not.toContain('ABANDON');
    // The skipped contact was never dialled.
    const all = ok(
      await asAdmin('query ($c: ID) { callEvents(first: 200, filter: { campaignId: $c }) { nodes { contactId } } }', {
        c: desk.campaign.id,
      }),
    ).callEvents.nodes;
    expect(all.map((event: { contactId: string | null }) => event.contactId)).not.toContain(desk.skipped.id);
  }, 120_000);
});
