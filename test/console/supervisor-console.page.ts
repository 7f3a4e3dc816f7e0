import type { BrowserContext, Locator } from 'playwright-core';
import { ConsolePage, openConsolePage } from './console-page.js';

/**
 * The supervision area as a supervisor uses it, one method per gesture, found by role and
 * accessible name (English labels). The webphone is read through its test hook, as for agents.
 */
export class SupervisorConsole extends ConsolePage {
  static async open(context: BrowserContext): Promise<SupervisorConsole> {
    return new SupervisorConsole(await openConsolePage(context, 'supervisor'));
  }

  get grid(): Locator {
    return this.page.getByRole('region', { name: 'Agents' });
  }

  /** The agent's row of the grid (its header cell is the username). */
  agentRow(username: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: username, exact: true }) });
  }

  /** Waits until the agent's row shows `state` (e.g. 'Ready', 'On call', 'After-call work'). */
  async expectAgentState(username: string, state: string | RegExp, timeout = 20_000): Promise<void> {
    await this.agentRow(username).locator('[data-test="state"]', { hasText: state }).waitFor({ timeout });
  }

  /** Waits until the agent's current call shows `text` (its campaign, its number). */
  async expectAgentCall(username: string, text: string | RegExp, timeout = 20_000): Promise<void> {
    await this.agentRow(username).locator('[data-test="call"]', { hasText: text }).waitFor({ timeout });
  }

  async filterByCampaign(name: string): Promise<void> {
    await this.grid.getByLabel('Campaign').selectOption({ label: name });
  }

  /** Pauses the agent with a reason, or the supervisor pause ('Supervisor pause'). */
  async forcePause(username: string, reason = 'Supervisor pause'): Promise<void> {
    await this.page.getByRole('button', { name: `Pause ${username}`, exact: true }).click();
    await this.agentRow(username).getByRole('menuitem', { name: reason, exact: true }).click();
  }

  async forceResume(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Resume ${username}`, exact: true }).click();
  }

  async forceLogout(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Log out ${username}`, exact: true }).click();
  }

  async listen(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Listen to ${username}`, exact: true }).click();
  }

  async whisper(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Whisper to ${username}`, exact: true }).click();
  }

  async barge(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Barge into ${username}'s call`, exact: true }).click();
  }

  async stopSpying(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Stop listening to ${username}`, exact: true }).click();
  }

  async navigate(name: 'Agents' | 'Campaigns' | 'Wallboard'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Supervision' }).getByRole('link', { name }).click();
  }
}
