// Journey 1 of the agent console, in Chromium against the real Asterisk: an inbound call
// auto-answered by the browser's webphone, the caller's contact shown, an ENGAGED disposition
// with its form, after-call work, and the automatic return to READY.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignType, DispositionType, FormFieldType } from '@switchboard/schema';
import { FAKE_PSTN_CALLERS_CONTEXT, applyTelephonyConfiguration, originate } from '@switchboard/telephony';
import { createAgentGroup } from '../support/agent-factory.js';
import {
  addContact,
  createCampaign,
  createDatabase,
  createFormWith,
  createOption,
} from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { uniqueCaller, uniqueDid } from '../calls/in-call-harness.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';

const harness = useConsoleHarness();

/** An inbound campaign that auto-answers on the agent's webphone, with a survey disposition. */
async function inboundDesk() {
  const { orm, api } = harness;
  const group = await createAgentGroup(orm, { autoAttendInbound: true, autoUnpauseSeconds: 20 });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, { type: CampaignType.INBOUND, database, agents: [agent.user] });
  const caller = uniqueCaller();
  const contact = await addContact(orm, database, { phone: caller, name: 'Rosa', surname: 'Quintana' });
  const form = await createFormWith(orm, [
    { name: 'comments', type: FormFieldType.TEXT, required: true },
    { name: 'satisfaction', type: FormFieldType.LIST, required: true, options: ['Unsatisfied', 'Satisfied'] },
  ]);
  await createOption(orm, campaign, { name: 'Survey', type: DispositionType.ENGAGED, form });
  const did = uniqueDid();
  ok(
    await graphql(
      api.url,
      'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }',
      { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
      admin.token,
    ),
  );
  await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);
  return { agent, admin, campaign, contact, caller, did };
}

describe('an inbound call in the agent console', () => {
  it('is answered by itself, shows the contact, takes an ENGAGED disposition and returns to READY', async () => {
    const desk = await inboundDesk();
    const agentConsole = await AgentConsole.open(await harness.workstation());
    await agentConsole.explainFailures(async () => {
      await agentConsole.login(desk.agent.username, desk.agent.password);
      await agentConsole.expectRegistered();
      await agentConsole.expectState('Ready');
      expect(await agentConsole.accessibilityViolations()).toEqual([]);

      // The customer echoes what the agent's fake microphone sends: media both ways.
      await originate(harness.ami, {
        channel: `Local/${desk.did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
        callerId: `"Customer" <${desk.caller}>`,
        destination: { application: 'Echo' },
      });
      await agentConsole.expectState('On call');
      expect((await agentConsole.webphone()).call?.autoAnswer).toBe(true);
      await agentConsole.expectMediaBothWays();
      await agentConsole.contactPanel.getByText('Quintana').waitFor();

      // Mute is the webphone's; recording and its tag are the platform's, logged with the call.
      await agentConsole.button('Mute').click();
      await agentConsole.page.waitForFunction(() => (window as any).__switchboardWebphone?.call?.muted === true);
      await agentConsole.button('Unmute').click();
      await agentConsole.button('Start recording').click();
      await agentConsole.button('Stop recording').click();
      await agentConsole.button('Start recording').waitFor();
      await agentConsole.page.getByLabel('Recording tag').fill('promised to pay');
      await agentConsole.button('Tag').click();
      await agentConsole.page.getByText('Tag saved').waitFor();

      await agentConsole.hangUp();
      await agentConsole.status.getByText('After-call work').waitFor({ timeout: 15_000 });
      // The server's validation: the required field left empty is refused on its field.
      await agentConsole.dispose('Survey', { satisfaction: 'Satisfied' });
      await agentConsole.dispositionForm
        .first()
        .getByText(/required/i)
        .first()
        .waitFor();
      await agentConsole.dispose('Survey', { comments: 'Happy with the plan', satisfaction: 'Satisfied' });
      await agentConsole.page.getByText('Disposition saved').waitFor();
      await agentConsole.expectState('Ready', 30_000);
    });

    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphql<any>(harness.api.url, query, variables, desk.admin.token);
    const dispositions = await pollUntil(
      async () =>
        ok(
          await asAdmin(
            'query ($contactId: ID) { dispositions(first: 5, filter: { contactId: $contactId }) { nodes { callId option { name } answers } } }',
            { contactId: desk.contact.id },
          ),
        ).dispositions.nodes,
      (nodes: any[]) => nodes.length === 1,
      { what: 'the disposition' },
    );
    expect(dispositions[0].option.name).toBe('Survey');
    expect(dispositions[0].answers).toEqual({ comments: 'Happy with the plan', satisfaction: 'Satisfied' });
    const events = ok(
      await asAdmin(
        'query ($callId: String) { callEvents(first: 50, filter: { callId: $callId }) { nodes { type } } }',
        {
          callId: dispositions[0].callId,
        },
      ),
    ).callEvents.nodes.map((event: { type: string }) => event.type);
    expect(events).toContain('CONNECT');
    expect(events).toEqual(expect.arrayContaining(['RECORDING_STARTED', 'RECORDING_STOPPED']));
    expect(events).not.toContain('ABANDON');
    const tags = ok(
      await asAdmin('query ($callId: ID!) { recordingTags(callId: $callId) { note } }', {
        callId: dispositions[0].callId,
      }),
    ).recordingTags;
    expect(tags).toEqual([{ note: 'promised to pay' }]);
  }, 120_000);
});

/** Every English message the Spanish console must never show (those that differ in Spanish). */
function englishOnlyMessages(): string[] {
  const read = (locale: string) =>
    JSON.parse(readFileSync(new URL(`../../clients/console/src/i18n/${locale}.json`, import.meta.url), 'utf8'));
  const flatten = (tree: Record<string, unknown>, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as [string, string]]
        : flatten(value as any, `${prefix}${key}.`),
    );
  const spanish = new Map(flatten(read('es')));
  return flatten(read('en'))
    .filter(([key, english]) => spanish.get(key) !== english)
    .map(([, english]) => english.split('{')[0]!.trim())
    .filter((text) => text.length >= 4);
}

describe('the agent console in Spanish', () => {
  it('shows no English on any screen of an agent who reads Spanish', async () => {
    const { orm, api } = harness;
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    await createCampaign(orm, { type: CampaignType.MANUAL, database: await createDatabase(orm), agents: [agent.user] });
    await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);
    const agentConsole = await AgentConsole.open(await harness.workstation('es-ES'));
    const english = englishOnlyMessages();
    /** Visible text, accessible names and placeholders of the screen. */
    const screenText = () =>
      agentConsole.page.evaluate(() => {
        const texts = [document.body.innerText];
        for (const element of Array.from(document.querySelectorAll('[aria-label],[placeholder],[title]'))) {
          texts.push(
            element.getAttribute('aria-label') ?? '',
            element.getAttribute('placeholder') ?? '',
            element.getAttribute('title') ?? '',
          );
        }
        return texts.join('\n');
      });
    const englishOn = async () => {
      const text = await screenText();
      // Whole words only: "Contact" is inside "Contactos".
      const escape = (message: string) => message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return english.filter((message) => new RegExp(`(?<!\\p{L})${escape(message)}(?!\\p{L})`, 'u').test(text));
    };
    await agentConsole.explainFailures(async () => {
      expect(await agentConsole.page.getAttribute('html', 'lang')).toBe('es');
      expect(await englishOn()).toEqual([]);
      await agentConsole.page.getByLabel('Usuario').fill(agent.username);
      await agentConsole.page.getByLabel('Contraseña').fill(agent.password);
      await agentConsole.page.getByRole('button', { name: 'Ingresar' }).click();
      await agentConsole.expectRegistered();
      await agentConsole.page.locator('[data-test="state"]', { hasText: 'Disponible' }).waitFor();
      expect(await englishOn()).toEqual([]);
      for (const view of ['Agenda', 'Mis llamadas', 'Contactos', 'Consola']) {
        await agentConsole.page.getByRole('link', { name: view }).click();
        await agentConsole.page.waitForTimeout(300);
        expect(await englishOn(), view).toEqual([]);
      }
      expect(await agentConsole.accessibilityViolations()).toEqual([]);
    });
  }, 90_000);
});
