import { inject, type App, type InjectionKey } from 'vue';
import type { Pinia } from 'pinia';
import { SwitchboardError, saveToken, type ApiClient, type SocketEvent } from './api';
import {
  AgentLoginDocument,
  AgentLogoutDocument,
  ConsoleLoginDocument,
  ConsoleMeDocument,
  MyAgentStateDocument,
  MySipCredentialsDocument,
  SupervisedAgentsDocument,
} from './generated/graphql';
import { Realtime, resnapshotSupervisedAgents, supervisionTable } from './realtime';
import {
  useAgentStateStore,
  useCallsStore,
  useCampaignLiveStore,
  useConnectionStore,
  useSessionStore,
  useSupervisedAgentsStore,
} from './stores';
import type { MicrophoneAccess, Webphone } from './webphone';

/**
 * The agent's working session from login to logout: who is logged in, the realtime
 * subscriptions, the webphone registration and the queue login once the phone is registered.
 */
export class Shift {
  private realtime: Realtime | null = null;
  private stopPhoneWatch: (() => void) | null = null;

  private microphone: MicrophoneAccess = 'prompt';
  private phoneStarting: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: ApiClient,
    private readonly pinia: Pinia,
    private readonly webphone: Webphone | null,
    /** Asks for the microphone before the phone registers (main.ts: the browser's prompt). */
    private readonly askMicrophone: () => Promise<MicrophoneAccess> = async () => 'granted',
  ) {}

  /** The agent granted (or revoked) the microphone later, from the screen's prompt. */
  microphoneChanged(access: MicrophoneAccess): void {
    this.microphone = access;
    if (this.webphone?.registration === 'registered') void this.joinQueuesIfOffline();
  }

  private get stores() {
    return {
      session: useSessionStore(this.pinia),
      agentState: useAgentStateStore(this.pinia),
      calls: useCallsStore(this.pinia),
      connection: useConnectionStore(this.pinia),
      supervisedAgents: useSupervisedAgentsStore(this.pinia),
      campaignLive: useCampaignLiveStore(this.pinia),
    };
  }

  get active(): boolean {
    return this.realtime !== null;
  }

  async login(username: string, password: string): Promise<void> {
    const { login } = await this.api.request(ConsoleLoginDocument, { username, password });
    this.useToken(login.token);
    this.stores.session.setMe(login.user);
    await this.beginOrEnd();
  }

  /** After a reload: the token in sessionStorage, if the API still accepts it. */
  async restore(token: string | null): Promise<boolean> {
    if (!token) return false;
    this.useToken(token);
    try {
      const { me } = await this.api.request(ConsoleMeDocument);
      this.stores.session.setMe(me);
    } catch {
      this.useToken(null);
      return false;
    }
    await this.beginOrEnd();
    return true;
  }

  /**
   * Leaves the queues, then ends. The API refusing (e.g. during a call) keeps the shift: ending it
   * would leave the agent in the queues with no phone. An API that cannot be reached does not.
   */
  async logout(): Promise<void> {
    // A supervisor or an administrator is in no queue: nothing to leave.
    const { home } = this.stores.session;
    if (home === 'supervision' || home === 'admin') return this.end();
    try {
      await this.api.request(AgentLogoutDocument);
    } catch (error) {
      if (error instanceof SwitchboardError && error.code !== 'UNAUTHENTICATED') throw error;
    }
    await this.end();
  }

  /** Ends the shift locally (also when the API refuses the token). */
  async end(): Promise<void> {
    this.realtime?.stop();
    this.realtime = null;
    this.stopPhoneWatch?.();
    this.stopPhoneWatch = null;
    await this.webphone?.stop();
    this.useToken(null);
    const { session, agentState, calls, connection, supervisedAgents, campaignLive } = this.stores;
    session.clear();
    agentState.clear();
    calls.clear();
    supervisedAgents.clear();
    campaignLive.clear();
    connection.setStatus('idle');
  }

  /** Called by the API client's socket observer (main.ts). */
  onSocketEvent(event: SocketEvent): void {
    const { connection } = this.stores;
    if (!this.active) return;
    if (event === 'connecting') connection.socketConnecting();
    if (event === 'closed') {
      connection.socketClosed();
      this.realtime?.markStale();
    }
    if (event === 'open' && connection.socketOpened()) void this.realtime?.resnapshot().catch(() => undefined);
  }

  private useToken(token: string | null): void {
    saveToken(token);
    this.api.setToken(token);
    this.stores.session.setToken(token);
  }

  /** A console that cannot read the agent's state is no console: back to the login page. */
  private async beginOrEnd(): Promise<void> {
    try {
      await this.begin();
    } catch (error) {
      await this.end();
      throw error;
    }
  }

  private async begin(): Promise<void> {
    if (this.stores.session.home === 'supervision') return this.beginSupervision();
    // An administrator edits configuration: no live state to follow, no phone to register.
    if (this.stores.session.home === 'admin') return this.stores.connection.setStatus('connected');
    const { agentState, calls, connection } = this.stores;
    connection.setStatus('connecting');
    const { myAgentState } = await this.api.request(MyAgentStateDocument);
    agentState.setMyAgentId(myAgentState.agentId);
    agentState.replace(myAgentState);
    calls.followAgent(myAgentState);
    this.realtime = new Realtime(this.api, {
      agentId: myAgentState.agentId,
      stores: { agentState, calls, connection },
    });
    this.realtime.start();
    // A reload in the middle of a call: what happened before it (hold, recording) is in the log.
    void this.realtime.replayCurrentCall();
    // Not awaited: the console shows while the phone registers. The phone failing (no
    // credentials yet, JsSIP not loading) leaves it usable and the registration status says why.
    this.phoneStarting = this.startPhone().catch(() => undefined);
  }

  /**
   * A supervisor's session: the agents it reaches (read, then followed live) and its own
   * webphone, which spy calls auto-answer on; no queue login, a supervisor is no agent.
   */
  private async beginSupervision(): Promise<void> {
    const { agentState, calls, connection, supervisedAgents } = this.stores;
    connection.setStatus('connecting');
    const { agentStates } = await this.api.request(SupervisedAgentsDocument);
    supervisedAgents.replaceAll(agentStates);
    const stores = { agentState, calls, connection, supervisedAgents };
    this.realtime = new Realtime(
      this.api,
      { agentId: '', stores },
      {
        table: supervisionTable,
        resnapshot: () => resnapshotSupervisedAgents(this.api, stores),
        markStale: () => supervisedAgents.markStale(),
      },
    );
    this.realtime.start();
    this.phoneStarting = this.startSupervisorPhone().catch(() => undefined);
  }

  private async startSupervisorPhone(): Promise<void> {
    if (!this.webphone) return;
    const [{ mySipCredentials }, microphone] = await Promise.all([
      this.api.request(MySipCredentialsDocument),
      this.askMicrophone().catch((): MicrophoneAccess => 'denied'),
    ]);
    this.microphone = microphone;
    if (mySipCredentials) await this.webphone.start(mySipCredentials);
  }

  /** Resolves once the phone was started (or could not be): for tests and the bench. */
  whenPhoneStarted(): Promise<void> {
    return this.phoneStarting;
  }

  private async startPhone(): Promise<void> {
    // A SIP (desk or softphone) agent's calls ring elsewhere: no browser registration, which
    // would compete with that phone's; into the queues at once.
    if (!this.webphone || this.stores.session.me?.agentProfile?.phoneType === 'SIP') {
      await this.joinQueuesIfOffline();
      return;
    }
    // The credentials and the microphone prompt at once: both stand between login and READY.
    const [{ mySipCredentials }, microphone] = await Promise.all([
      this.api.request(MySipCredentialsDocument),
      this.askMicrophone().catch((): MicrophoneAccess => 'denied'),
    ]);
    this.microphone = microphone;
    if (!mySipCredentials) return;
    // Into the queues only once calls can reach the browser; again after re-registering if logged out.
    this.stopPhoneWatch = this.webphone.on('registration', ({ state }) => {
      if (state === 'registered') void this.joinQueuesIfOffline();
    });
    await this.webphone.start(mySipCredentials);
  }

  /** Without a microphone an answered call would fail: the agent stays out of the queues. */
  private async joinQueuesIfOffline(): Promise<void> {
    const usable = this.stores.session.me?.agentProfile?.phoneType === 'SIP' || this.microphone === 'granted';
    if (!usable || this.stores.agentState.lastKnown?.state !== 'OFFLINE') return;
    await this.agentLogin();
  }

  private async agentLogin(): Promise<void> {
    const { agentLogin } = await this.api.request(AgentLoginDocument).catch(() => ({ agentLogin: null }));
    if (agentLogin) this.stores.agentState.answer(agentLogin);
  }
}

export const shiftKey: InjectionKey<Shift> = Symbol('switchboard-shift');

export function provideShift(app: App, shift: Shift): void {
  app.provide(shiftKey, shift);
}

export function useShift(): Shift {
  const shift = inject(shiftKey, null);
  if (!shift) throw new Error('useShift() outside the app: main.ts provides the shift');
  return shift;
}
