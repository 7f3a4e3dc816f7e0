import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, type Pinia } from 'pinia';
import {
  AgentLoginDocument,
  AgentLogoutDocument,
  ConsoleLoginDocument,
  MyAgentStateChangedDocument,
  MyAgentStateDocument,
  MySipCredentialsDocument,
  type ConsoleUserFragment,
} from './generated/graphql';
import { SwitchboardError, loadToken } from './api';
import { Shift } from './shift';
import { useAgentStateStore, useConnectionStore, useSessionStore } from './stores';
import { FakeApi } from './testing/fake-api';
import { FakeUA, account } from './testing/fake-jssip';
import { agentLive } from './testing/fixtures';
import { Webphone } from './webphone';

const me = {
  id: 'user-1',
  username: 'agent1',
  firstName: 'A',
  lastName: 'One',
  role: null,
  agentProfile: null,
} as ConsoleUserFragment;

function withPhone(phoneType: 'WEBRTC' | 'SIP'): ConsoleUserFragment {
  return { ...me, agentProfile: { id: 'p1', sipExtension: 1001, phoneType, group: {} } } as ConsoleUserFragment;
}

function setup(microphone: 'granted' | 'denied' = 'granted', phoneType: 'WEBRTC' | 'SIP' = 'WEBRTC') {
  const pinia: Pinia = createPinia();
  const uas: FakeUA[] = [];
  const webphone = new Webphone({
    createUA: (credentials) => {
      uas.push(new FakeUA(credentials));
      return uas.at(-1)!;
    },
    statsIntervalMs: 0,
  });
  const api = new FakeApi()
    .on(ConsoleLoginDocument, {
      login: { token: 'tok', expiresAt: '2999-01-01T00:00:00Z', user: withPhone(phoneType) },
    })
    .on(MyAgentStateDocument, { myAgentState: agentLive({ state: 'OFFLINE', version: 1 }) })
    .on(MySipCredentialsDocument, { mySipCredentials: account })
    .on(AgentLoginDocument, { agentLogin: agentLive({ state: 'READY', version: 2 }) })
    .on(AgentLogoutDocument, { agentLogout: agentLive({ state: 'OFFLINE', version: 3 }) });
  const shift = new Shift(api, pinia, webphone, async () => microphone);
  return { pinia, api, shift, uas, webphone };
}

describe('the shift', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('logs in, subscribes, registers the phone, and joins the queues only once registered', async () => {
    const { pinia, api, shift, uas } = setup();
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    expect(loadToken()).toBe('tok');
    expect(api.token).toBe('tok');
    expect(useSessionStore(pinia).me?.username).toBe('agent1');
    expect(api.open(MyAgentStateChangedDocument)[0]?.variables).toEqual({ agentId: 'agent-1' });
    expect(api.requests.map((r) => r.name)).toEqual(['ConsoleLogin', 'MyAgentState', 'MySipCredentials']);
    uas[0]!.acceptRegistration();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests.at(-1)?.name).toBe('AgentLogin');
    expect(useAgentStateStore(pinia).display).toBe('READY');
  });

  it('marks live data stale when the socket drops and re-reads it when it is back', async () => {
    const { pinia, api, shift } = setup();
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    shift.onSocketEvent('open');
    shift.onSocketEvent('closed');
    expect(useConnectionStore(pinia).status).toBe('reconnecting');
    expect(useAgentStateStore(pinia).mine).toBeNull();
    shift.onSocketEvent('open');
    await vi.advanceTimersByTimeAsync(0);
    expect(useConnectionStore(pinia).reconnects).toBe(1);
    expect(api.requests.filter((r) => r.name === 'MyAgentState')).toHaveLength(2);
    expect(useAgentStateStore(pinia).mine?.state).toBe('OFFLINE');
  });

  it('logs out: leaves the queues, unregisters and forgets the token', async () => {
    const { pinia, api, shift, uas } = setup();
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    await shift.logout();
    expect(api.requests.at(-1)?.name).toBe('AgentLogout');
    expect(uas[0]!.stopped).toBe(true);
    expect(loadToken()).toBeNull();
    expect(useSessionStore(pinia).isAuthenticated).toBe(false);
    expect(useConnectionStore(pinia).status).toBe('idle');
    expect(api.subscriptions.every((s) => s.closed)).toBe(true);
  });

  it('restores nothing without a token and drops a token the API refuses', async () => {
    const { shift } = setup();
    expect(await shift.restore(null)).toBe(false);
    expect(await shift.restore('expired')).toBe(false);
    expect(loadToken()).toBeNull();
  });

  it('keeps the agent out of the queues without a microphone, and joins once it is granted', async () => {
    const { api, shift, uas } = setup('denied');
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    uas[0]!.acceptRegistration();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests.map((r) => r.name)).not.toContain('AgentLogin');
    shift.microphoneChanged('granted');
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests.at(-1)?.name).toBe('AgentLogin');
  });

  it('does not register the browser for an agent with a SIP phone, and joins the queues at once', async () => {
    const { api, shift, uas } = setup('denied', 'SIP');
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    expect(uas).toHaveLength(0);
    expect(api.requests.map((r) => r.name)).toEqual(['ConsoleLogin', 'MyAgentState', 'AgentLogin']);
  });

  it('ends the session when the agent state cannot be read (e.g. not an agent)', async () => {
    const { pinia, api, shift } = setup();
    api.on(MyAgentStateDocument, () => {
      throw new Error('FORBIDDEN');
    });
    await expect(shift.login('admin', 'pw')).rejects.toThrow('FORBIDDEN');
    expect(useSessionStore(pinia).isAuthenticated).toBe(false);
    expect(loadToken()).toBeNull();
  });

  it('keeps the session when the phone cannot start', async () => {
    const { pinia, api, shift } = setup();
    api.on(MySipCredentialsDocument, () => {
      throw new Error('telephony unavailable');
    });
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    expect(useSessionStore(pinia).isAuthenticated).toBe(true);
  });

  it('keeps the shift when the API refuses the logout (during a call), ends it when unreachable', async () => {
    const { pinia, api, shift } = setup();
    await shift.login('agent1', 'pw');
    await shift.whenPhoneStarted();
    api.on(AgentLogoutDocument, () => {
      throw new SwitchboardError('on a call', 'BAD_REQUEST', 'AGENT_ON_CALL', undefined, undefined);
    });
    await expect(shift.logout()).rejects.toMatchObject({ reason: 'AGENT_ON_CALL' });
    expect(useSessionStore(pinia).isAuthenticated).toBe(true);
    api.on(AgentLogoutDocument, () => {
      throw new TypeError('Failed to fetch');
    });
    await shift.logout();
    expect(useSessionStore(pinia).isAuthenticated).toBe(false);
  });
});
