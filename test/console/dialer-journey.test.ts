// Journey 2 of the agent console, in Chromium against the real Asterisk and the fake PSTN: a
// predictive dialer call reaches a browser agent whose group auto-attends dialer calls, so the
// webphone answers inside the connect window and the customer is never abandoned; the agent puts
// the customer on hold and back, consults a colleague's browser, turns it into a conference,
// leaves it to the colleague and dispositions the call after an ACW that ran out.
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltInRole, Campaign } from '@switchboard/schema';
import { applyTelephonyConfiguration, fakePstnNumber } from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { createAgentGroup } from '../support/agent-factory.js';
import { addContact, createDatabase, createOption } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { dialerConfig } from '../dialer/dialer-harness.js';
import { createRouteToFakePstn, dialerCampaign } from '../dialer/dialer-scenario.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';
import { callEventTypes, liveStateBecomes } from './journey-log.js';

const harness = useConsoleHarness();
let dialer: DialerWorker | undefined;

afterAll(async () => {
  await dialer?.close();
});

/** A dialer campaign of one customer who answers as a person, for one agent who auto-attends dialer calls. */
async function dialerDesk() {
  const { orm, api, config } = harness;
  const group = await createAgentGroup(orm, { autoAttendDialer: true, allowHold: true });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  // Of the same group, so a transfer target, but not of the campaign: the dialer never offers it the call.
  const colleague = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  const database = await createDatabase(orm, {
    columns: ['phone', 'name'],
    phoneColumns: ['phone'],
    externalIdColumn: null,
  });
  const contact = await addContact(orm, database, {
    phone: fakePstnNumber('human', 45, `55${randomInt(10_000, 99_999)}`),
    name: 'Marta Ibarra',
  });
  const created = await dialerCampaign(orm, [agent.user.agentProfile!.id], database, route);
  const em = orm.em.fork();
  const campaign = await em.findOneOrFail(Campaign, created.id);
  // No AMD: the person goes straight to the queue. A short ACW that runs out before the
  // disposition: the console keeps the form for the call all the same.
  Object.assign(campaign.queue, { amdEnabled: false, autoAttend: null, autoUnpauseSeconds: 2 });
  await em.flush();
  await createOption(orm, campaign, { name: 'Sold' });
  await applyTelephonyConfiguration(orm, harness.ami, config, harness.pbx.logger);
  return { agent, colleague, admin, campaign, contact };
}

function startDialer(): DialerWorker {
  const { orm, bus, store, amiOptions, pbx } = harness;
  return startDialerWorker({
    config: loadWorkersConfig(dialerConfig(`console-dialer-${Date.now()}`)),
    amiOptions,
    orm,
    events: bus,
    store,
    logger: pbx.logger,
  });
}

describe('a dialer call in the agent console', () => {
  it('is answered within the connect window, held, conferenced with a colleague, left and dispositioned', async () => {
    const desk = await dialerDesk();
    const { url } = harness.api;
    let callId = '';
    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(desk.agent.username, desk.agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');
      dialer = startDialer();

      await agentConsole.expectState('On call', 45_000);
      expect((await agentConsole.webphone()).call?.autoAnswer).toBe(true);
      await agentConsole.expectMediaBothWays();
      callId = (await liveStateBecomes(url, desk.agent.token, { state: 'ON_CALL', contactId: desk.contact.id }))
        .callId!;
      await agentConsole.contactPanel.getByText('Marta Ibarra').waitFor();

      await agentConsole.hold();
      await agentConsole.callControls.getByText('On hold').waitFor();
      await agentConsole.unhold();
      await agentConsole.callControls.getByRole('button', { name: 'Hold', exact: true }).waitFor();
      expect(await agentConsole.callControls.getByText('On hold').count()).toBe(0);
      await agentConsole.expectMediaBothWays();

      // A consultative transfer to a colleague's browser, turned into a conference of three.
      const colleagueConsole = await AgentConsole.open(await harness.workstation());
      await colleagueConsole.explainFailures(async () => {
        await colleagueConsole.login(desk.colleague.username, desk.colleague.password);
        await colleagueConsole.expectRegistered();
        await colleagueConsole.expectState('Ready');
      });
      await agentConsole.consultAgent(new RegExp(`^${desk.colleague.username} `));
      await colleagueConsole.explainFailures(async () => {
        await colleagueConsole.page.waitForFunction(
          () => ['ringing', 'established'].includes((window as any).__switchboardWebphone?.call?.state),
          undefined,
          { timeout: 20_000 },
        );
        if ((await colleagueConsole.webphone()).call?.state === 'ringing') await colleagueConsole.answer();
        // The colleague talks (media both ways) and is on a call: its phone is bridged to a Local
        // half whose other half is bridged with the consulting agent.
        await colleagueConsole.expectMediaBothWays();
        await colleagueConsole.expectState('On call');
      });
      await agentConsole.transferDialog.getByText('Talking with the transfer target.').waitFor();
      await agentConsole.conference();
      await agentConsole.transferDialog.getByText('Conference with the customer and the target.').waitFor();
      await agentConsole.expectMediaBothWays();
      expect(await agentConsole.accessibilityViolations()).toEqual([]);

      // The first agent leaves the conference; the customer stays with the colleague.
      await agentConsole.leaveConference();
      await colleagueConsole.expectMediaBothWays();
      // Not of the campaign, the colleague still sees the customer it now talks to (read-only).
      await colleagueConsole.contactPanel.getByText('Marta Ibarra').waitFor();
      // ACW runs out (2 s) before the agent chooses: the form stays for the call.
      await agentConsole.expectState('Ready', 15_000);
      await agentConsole.dispose('Sold');
      await agentConsole.page.getByText('Disposition saved').waitFor();
      await liveStateBecomes(url, desk.agent.token, { state: 'READY', dispositionPending: false });
    });

    const events = await pollUntil(
      () => callEventTypes(url, desk.admin.token, { callId }),
      (types) => types.includes('CONFERENCE'),
      { what: 'the call events' },
    );
    expect(events).toEqual(expect.arrayContaining(['DIAL', 'ENTERQUEUE', 'CONNECT', 'HOLD', 'UNHOLD', 'CONFERENCE']));
    expect(events).not.toContain('ABANDON');
    const { dispositions } = ok(
      await graphql<any>(
        url,
        'query ($c: ID) { dispositions(first: 5, filter: { campaignId: $c }) { nodes { callId contact { id } option { name } } } }',
        { c: desk.campaign.id },
        desk.admin.token,
      ),
    );
    expect(dispositions.nodes).toEqual([{ callId, contact: { id: desk.contact.id }, option: { name: 'Sold' } }]);
  }, 150_000);
});
