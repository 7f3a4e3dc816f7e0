import { expect } from 'vitest';
import type { BrowserContext, Locator } from 'playwright-core';
import { ConsolePage, openConsolePage } from './console-page.js';

export type { WebphoneHook } from './console-page.js';

/**
 * The agent console as an agent uses it, one method per gesture, found by role and accessible
 * name (English labels; `AgentConsole.spanish` switches). Nothing here reaches into the app's state
 * except the webphone's test hook, which is what a person hears.
 */
export class AgentConsole extends ConsolePage {
  static async open(context: BrowserContext): Promise<AgentConsole> {
    return new AgentConsole(await openConsolePage(context, 'browser'));
  }

  get status(): Locator {
    return this.page.getByRole('region', { name: 'Agent status' });
  }

  /** Waits until the status bar shows `label` (e.g. 'Ready', 'On call'). */
  async expectState(label: string | RegExp, timeout = 20_000): Promise<void> {
    await this.status.locator('[data-test="state"]', { hasText: label }).waitFor({ timeout });
  }

  /** Media both ways: the fake microphone's packets go out, the customer's keep coming in. */
  async expectMediaBothWays(): Promise<void> {
    const stats = () => this.webphone().then((hook) => hook.lastStats);
    await this.page.waitForFunction(
      () => ((window as any).__switchboardWebphone?.lastStats?.packetsSent ?? 0) > 0,
      undefined,
      { timeout: 15_000 },
    );
    const first = (await stats())!;
    await this.page.waitForFunction(
      (before) => ((window as any).__switchboardWebphone?.lastStats?.packetsReceived ?? 0) > before,
      first.packetsReceived,
      { timeout: 10_000 },
    );
    expect((await stats())!.packetsSent).toBeGreaterThan(0);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async pause(reason: string): Promise<void> {
    await this.button('Pause').click();
    await this.page.getByRole('menuitem', { name: reason }).or(this.button(reason)).first().click();
  }

  async unpause(): Promise<void> {
    await this.button('Resume').click();
  }

  async hangUp(): Promise<void> {
    await this.callControls.getByRole('button', { name: 'Hang up', exact: true }).click();
  }

  /** Puts the customer on hold, or takes them off it ('Resume call'), from the call controls. */
  async hold(): Promise<void> {
    await this.callControls.getByRole('button', { name: 'Hold', exact: true }).click();
  }

  async unhold(): Promise<void> {
    await this.callControls.getByRole('button', { name: 'Resume call', exact: true }).click();
  }

  get callControls(): Locator {
    return this.page.getByRole('region', { name: 'Call controls' });
  }

  /** Answers the ringing call from the incoming-call banner. */
  async answer(): Promise<void> {
    await this.page.getByRole('alert', { name: 'Incoming call' }).getByRole('button', { name: 'Answer' }).click();
  }

  get transferDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Transfer the call' });
  }

  /** Opens the transfer dialog and starts a consultative transfer to the agent shown as `agent`. */
  async consultAgent(agent: string | RegExp): Promise<void> {
    await this.callControls.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = this.transferDialog;
    await dialog.getByRole('radio', { name: 'Consultative' }).check();
    await dialog.getByRole('radio', { name: 'An agent' }).check();
    const select = dialog.getByRole('combobox', { name: 'Agent' });
    const option = select.getByRole('option', { name: agent });
    await option.waitFor({ state: 'attached' });
    await select.selectOption({ label: (await option.textContent())!.trim() });
    await dialog.getByRole('button', { name: 'Start transfer' }).click();
  }

  /** Hangs up from the conference, leaving the customer with the consulted target. */
  async leaveConference(): Promise<void> {
    await this.transferDialog.getByRole('button', { name: 'Hang up', exact: true }).click();
  }

  /** Joins the customer and the consulted target in one conference. */
  async conference(): Promise<void> {
    await this.transferDialog.getByRole('button', { name: 'Conference', exact: true }).click();
  }

  get contactPanel(): Locator {
    return this.page.getByRole('region', { name: 'Contact', exact: true });
  }

  get dispositionForm(): Locator {
    return this.page
      .getByRole('form', { name: 'Disposition' })
      .or(this.page.getByRole('region', { name: 'Disposition' }));
  }

  /** Chooses the option and fills its form's fields by their labels, then saves. */
  async dispose(option: string, fields: Record<string, string> = {}): Promise<void> {
    const form = this.dispositionForm;
    await form.getByRole('combobox', { name: 'Disposition', exact: true }).selectOption({ label: option });
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: false }).first();
      const tag = await field.evaluate((element) => element.tagName);
      if (tag === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole('button', { name: 'Save disposition' }).click();
  }

  /** Chooses a callback option and schedules it at the browser's local `date` (YYYY-MM-DD) and `time` (HH:MM). */
  async disposeCallback(option: string, date: string, time: string, note = ''): Promise<void> {
    const form = this.dispositionForm;
    await form.getByRole('combobox', { name: 'Disposition', exact: true }).selectOption({ label: option });
    const callback = form.getByRole('group', { name: 'Callback' });
    await callback.getByLabel('Date', { exact: true }).fill(date);
    await callback.getByLabel('Time', { exact: true }).fill(time);
    if (note) await callback.getByLabel('Reason', { exact: true }).fill(note);
    await form.getByRole('button', { name: 'Save disposition' }).click();
  }

  /** Follows a link of the main navigation ('Workspace', 'Agenda', 'My calls', 'Contacts'). */
  async navigate(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  }

  get manualDial(): Locator {
    return this.page.getByRole('region', { name: 'Manual call' });
  }

  /** Types the number in the manual-call panel and asks for the contacts that have it. */
  async findContacts(phone: string, campaign?: string): Promise<Locator> {
    const panel = this.manualDial;
    if (campaign) await panel.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: campaign });
    await panel.getByRole('textbox', { name: 'Number' }).fill(phone);
    await panel.getByRole('button', { name: 'Find contacts' }).click();
    const candidates = panel.getByRole('region', { name: 'Contacts with this number' });
    await candidates.waitFor();
    return candidates;
  }

  /** Calls a contact candidate on one of its phone columns. */
  async callCandidate(column: string, phone: string): Promise<void> {
    await this.manualDial
      .getByRole('region', { name: 'Contacts with this number' })
      .getByRole('button', { name: new RegExp(`on ${column} \\(${phone}\\)$`) })
      .click();
  }

  get previewPanel(): Locator {
    return this.page.getByRole('region', { name: 'Preview', exact: true });
  }

  /** The contact card the preview campaign reserved for the agent. */
  get previewCard(): Locator {
    return this.previewPanel.getByRole('article', { name: 'Contact to call' });
  }

  /** Opens the Preview tool and asks for the next contact of its campaign. */
  async nextPreviewContact(campaign?: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Preview' }).click();
    if (campaign) await this.previewPanel.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: campaign });
    await this.previewPanel.getByRole('button', { name: 'Next contact' }).click();
  }

  async skipPreviewContact(): Promise<void> {
    await this.previewCard.getByRole('button', { name: 'Skip', exact: true }).click();
  }

  /** Calls the previewed contact on one of its phone columns. */
  async callPreviewContact(column: string, phone: string): Promise<void> {
    await this.previewCard.getByRole('button', { name: `Call ${column} (${phone})`, exact: true }).click();
  }

  get agenda(): Locator {
    return this.page.getByRole('region', { name: 'My agenda' });
  }
}
