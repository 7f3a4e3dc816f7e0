import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { Logger } from 'pino';

/**
 * A demo agent: a bot that drives an agent's session through the same GraphQL API a console
 * uses. It logs in, follows its own live state, dispositions each call during ACW (or just
 * unpauses when the call had no contact), and now and then takes a pause. Its phone is a test
 * phone registered by the demo, which answers whatever rings.
 */
export interface AgentBotOptions {
  url: string;
  username: string;
  password: string;
  logger: Logger;
  /** Seconds of wrap-up before dispositioning, as [min, max]. */
  wrapSeconds?: [number, number];
  /** Chance per minute of taking a pause when idle. */
  pauseChancePerMinute?: number;
  random?: () => number;
}

interface LiveState {
  state: string;
  pauseId: string | null;
  callId: string | null;
  callCampaignId: string | null;
  contactId: string | null;
}

const STATE = 'state pauseId callId callCampaignId contactId';

export class AgentBot {
  private token = '';
  private socket: Client | undefined;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private handledCall: string | null = null;
  private readonly random: () => number;

  constructor(private readonly options: AgentBotOptions) {
    this.random = options.random ?? Math.random;
  }

  async start(): Promise<void> {
    const login = await this.request<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: this.options.username, p: this.options.password },
    );
    this.token = login.login.token;
    await this.request(`mutation { agentLogin { ${STATE} } }`);
    this.socket = createClient({
      url: this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
    });
    this.socket.subscribe<{ agentStateChanged: { agent: LiveState } }>(
      { query: `subscription { agentStateChanged { agent { ${STATE} } } }` },
      {
        next: ({ data }) => {
          if (data) this.onState(data.agentStateChanged.agent);
        },
        error: (error) => this.options.logger.warn({ err: error, agent: this.options.username }, 'state stream failed'),
        complete: () => undefined,
      },
    );
    this.every(60_000, () => this.maybePause());
    this.options.logger.info({ agent: this.options.username }, 'demo agent logged in');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await this.request('mutation { agentLogout { state } }').catch(() => undefined);
    await this.socket?.dispose();
  }

  private onState(agent: LiveState): void {
    if (agent.pauseId !== 'ACW' || !agent.callId || agent.callId === this.handledCall) return;
    this.handledCall = agent.callId;
    const [min, max] = this.options.wrapSeconds ?? [2, 6];
    this.after((min + this.random() * (max - min)) * 1000, () => this.wrapUp(agent));
  }

  /** The console's "disposition and go on": a random visible option of the call's campaign. */
  private async wrapUp(agent: LiveState): Promise<void> {
    if (!agent.callCampaignId || !agent.contactId) {
      await this.request('mutation { agentUnpause { state } }');
      return;
    }
    const { campaign } = await this.request<{
      campaign: { dispositionOptions: { id: string; type: string; hidden: boolean }[] };
    }>('query ($id: ID!) { campaign(id: $id) { dispositionOptions { id type hidden } } }', {
      id: agent.callCampaignId,
    });
    // Options that open a form or schedule a callback need more input than a bot makes up.
    const options = campaign.dispositionOptions.filter((option) => !option.hidden && option.type === 'NO_ACTION');
    const option = options[Math.floor(this.random() * options.length)];
    if (option) {
      await this.request('mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }', {
        input: {
          campaignId: agent.callCampaignId,
          contactId: agent.contactId,
          optionId: option.id,
          callId: agent.callId,
        },
      });
    }
    const { myAgentState } = await this.request<{ myAgentState: LiveState }>(`{ myAgentState { ${STATE} } }`);
    if (myAgentState.pauseId === 'ACW') await this.request('mutation { agentUnpause { state } }');
  }

  private async maybePause(): Promise<void> {
    if (this.random() >= (this.options.pauseChancePerMinute ?? 0.2)) return;
    const { myAgentState } = await this.request<{ myAgentState: LiveState }>(`{ myAgentState { ${STATE} } }`);
    if (myAgentState.state !== 'READY') return;
    const { pauses } = await this.request<{ pauses: { nodes: { id: string; name: string }[] } }>(
      '{ pauses(first: 20, filter: { active: true }) { nodes { id name } } }',
    );
    const pause = pauses.nodes[Math.floor(this.random() * pauses.nodes.length)];
    if (!pause) return;
    await this.request('mutation ($p: ID!) { agentPause(pauseId: $p) { state } }', { p: pause.id });
    this.options.logger.info({ agent: this.options.username, pause: pause.name }, 'demo agent paused');
    this.after((15 + this.random() * 30) * 1000, () => this.request('mutation { agentUnpause { state } }'));
  }

  private after(ms: number, action: () => Promise<unknown>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      action().catch((error: unknown) =>
        this.options.logger.warn({ err: error, agent: this.options.username }, 'demo agent step failed'),
      );
    }, ms);
    this.timers.add(timer);
  }

  private every(ms: number, action: () => Promise<unknown>): void {
    const tick = () =>
      this.after(ms, async () => {
        await action();
        tick();
      });
    tick();
  }

  private async request<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
    return body.data as T;
  }
}
