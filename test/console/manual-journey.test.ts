// Journey 3 of the agent console, in Chromium against the real Asterisk and the fake PSTN: the
// agent types a number, picks a contact among the candidates and calls its other phone column;
// the call ends with a personal callback, which the agent then finds in its agenda.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BuiltInRole, Campaign, CampaignType, DispositionType } from '@switchboard/schema';
import { applyTelephonyConfiguration, fakePstnNumber } from '@switchboard/telephony';
import { createAgentGroup } from '../support/agent-factory.js';
import { addContact, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { createRouteToFakePstn } from '../dialer/dialer-scenario.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';
import { callEventTypes, liveStateBecomes } from './journey-log.js';

const harness = useConsoleHarness();

/** A manual campaign whose route reaches the fake PSTN, a contact with two numbers, a callback option. */
async function manualDesk() {
  const { orm, api, config } = harness;
  const group = await createAgentGroup(orm, { autoUnpauseSeconds: 30 });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, { type: CampaignType.MANUAL, database, agents: [agent.user] });
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  await orm.em
    .fork()
    .nativeUpdate(Campaign, { id: campaign.id }, { outboundRoute: route.id, outboundCallerId: '5551000' });
  const prefix = `55${randomInt(10_000, 99_999)}`;
  // The customer answers on the mobile and stays on the line longer than the journey needs.
  const phone = fakePstnNumber('busy', 0, `${prefix}0`);
  const mobile = fakePstnNumber('human', 40, `${prefix}1`);
  const contact = await addContact(orm, database, { phone, mobile, name: 'Lidia', surname: 'Ferrer' });
  await createOption(orm, campaign, { name: 'Call back', type: DispositionType.CALLBACK });
  await applyTelephonyConfiguration(orm, harness.ami, config, harness.pbx.logger);
  return { agent, admin, campaign, contact, phone, mobile };
}

/** Tomorrow at 10:30 in the browser's (this machine's) time zone, as the date and time inputs take it. */
function tomorrowAtHalfPastTen() {
  const at = new Date();
  at.setDate(at.getDate() + 1);
  at.setHours(10, 30, 0, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  return { at, date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, time: '10:30' };
}

describe('a manual call in the agent console', () => {
  it("calls a candidate's other number, schedules a personal callback and shows it in the agenda", async () => {
    const desk = await manualDesk();
    const { url } = harness.api;
    const when = tomorrowAtHalfPastTen();
    let callId = '';
    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(desk.agent.username, desk.agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');

      const candidates = await agentConsole.findContacts(desk.phone);
      await candidates.getByText('Lidia Ferrer').waitFor();
      expect(await agentConsole.accessibilityViolations()).toEqual([]);
      await agentConsole.callCandidate('mobile', desk.mobile);

      await agentConsole.expectState('On call', 30_000);
      expect((await agentConsole.webphone()).call?.autoAnswer).toBe(true);
      await agentConsole.expectMediaBothWays();
      const live = await liveStateBecomes(url, desk.agent.token, { state: 'ON_CALL', contactId: desk.contact.id });
      callId = live.callId!;
      await agentConsole.contactPanel.getByText('Ferrer').waitFor();

      await agentConsole.hangUp();
      await agentConsole.status.getByText('After-call work').waitFor({ timeout: 15_000 });
      await agentConsole.disposeCallback('Call back', when.date, when.time, 'Wants the new plan');
      await agentConsole.page.getByText('Disposition saved').waitFor();

      await agentConsole.navigate('Agenda');
      const row = agentConsole.agenda.getByRole('row').filter({ hasText: 'Wants the new plan' });
      await row.waitFor();
      expect(await row.getByRole('cell').nth(1).innerText()).toBe(desk.campaign.name);
      await row.getByRole('button', { name: /^Call .* now$/ }).waitFor();
    });

    const { callbacks } = ok(
      await graphql<any>(
        url,
        '{ callbacks(filter: { kind: PERSONAL, status: PENDING }, first: 10) { nodes { scheduledAt note phone contact { id } } } }',
        {},
        desk.agent.token,
      ),
    );
    expect(callbacks.nodes).toEqual([
      expect.objectContaining({ note: 'Wants the new plan', contact: { id: desk.contact.id } }),
    ]);
    expect(Date.parse(callbacks.nodes[0].scheduledAt)).toBe(when.at.getTime());
    const events = await pollUntil(
      () => callEventTypes(url, desk.admin.token, { callId }),
      (types) => types.includes('CONNECT'),
      { what: 'the call events' },
    );
    expect(events).toContain('CONNECT');
    expect(events).not.toContain('ABANDON');
  }, 120_000);
});
