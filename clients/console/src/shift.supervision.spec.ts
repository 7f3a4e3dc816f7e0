import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, type Pinia } from 'pinia';
import {
  ConsoleLoginDocument,
  MySipCredentialsDocument,
  SupervisedAgentStateChangedDocument,
  SupervisedAgentsDocument,
  type ConsoleUserFragment,
} from './generated/graphql';
import { Shift } from './shift';
import { useSessionStore, useSupervisedAgentsStore } from './stores';
import { FakeApi } from './testing/fake-api';
import { FakeUA, account } from './testing/fake-jssip';
import { agentLive } from './testing/fixtures';
import { Webphone } from './webphone';

const supervisor = {
  id: 'user-s',
  username: 'sup1',
  firstName: 'S',
  lastName: 'One',
  role: { name: 'Supervisor', builtIn: 'SUPERVISOR', permissions: ['SUPERVISION', 'CAMPAIGNS_READ'] },
  agentProfile: null,
} as ConsoleUserFragment;

let n = 0;
const stateEvent = (kind: 'SNAPSHOT' | 'CHANGE', agent = agentLive()) => ({
  agentStateChanged: { id: `s${++n}`, kind, occurredAt: new Date().toISOString(), agent },
});

function setup(user: ConsoleUserFragment = supervisor) {
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
    .on(ConsoleLoginDocument, { login: { token: 'tok', expiresAt: '2999-01-01T00:00:00Z', user } })
    .on(SupervisedAgentsDocument, {
      agentStates: [agentLive({ agentId: 'a1', username: 'ana' }), agentLive({ agentId: 'a2', username: 'ben' })],
    })
    .on(MySipCredentialsDocument, { mySipCredentials: account });
  const shift = new Shift(api, pinia, webphone, async () => 'granted');
  return { pinia, api, shift, uas };
}

describe("a supervisor's shift", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('reads its agents, follows them live and registers its own webphone, with no queue login', async () => {
    const { pinia, api, shift, uas } = setup();
    await shift.login('sup1', 'pw');
    await shift.whenPhoneStarted();
    expect(useSessionStore(pinia).home).toBe('supervision');
    const agents = useSupervisedAgentsStore(pinia);
    expect(agents.agents.map((agent) => agent.username)).toEqual(['ana', 'ben']);
    expect(api.open(SupervisedAgentStateChangedDocument).map((s) => s.variables)).toEqual([{}]);

    api.push(
      SupervisedAgentStateChangedDocument,
      stateEvent('CHANGE', agentLive({ agentId: 'a1', username: 'ana', version: 2, state: 'ON_CALL' })),
    );
    expect(agents.byAgentId['a1']?.state).toBe('ON_CALL');

    uas[0]!.acceptRegistration();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests.map((r) => r.name)).toEqual(['ConsoleLogin', 'SupervisedAgents', 'MySipCredentials']);
  });

  it('an administrator who does not supervise lands in administration, with no live state and no phone', async () => {
    const administrator = {
      ...supervisor,
      role: { name: 'Telephony', builtIn: null, permissions: ['TELEPHONY_MANAGE'] },
    } as unknown as ConsoleUserFragment;
    const { pinia, api, shift, uas } = setup(administrator);
    await shift.login('tel1', 'pw');
    expect(useSessionStore(pinia).home).toBe('admin');
    expect(api.requests.map((r) => r.name)).toEqual(['ConsoleLogin']);
    expect(uas).toEqual([]);
    await shift.logout();
    expect(api.requests.map((r) => r.name)).toEqual(['ConsoleLogin']);
    expect(useSessionStore(pinia).home).toBeNull();
  });

  it('after a drop: the grid is stale, then read again in full', async () => {
    const { pinia, api, shift } = setup();
    await shift.login('sup1', 'pw');
    await shift.whenPhoneStarted();
    const agents = useSupervisedAgentsStore(pinia);
    shift.onSocketEvent('closed');
    expect(agents.stale).toBe(true);
    api.on(SupervisedAgentsDocument, { agentStates: [agentLive({ agentId: 'a3', username: 'cai' })] });
    shift.onSocketEvent('open');
    await vi.advanceTimersByTimeAsync(0);
    expect(agents.stale).toBe(false);
    expect(agents.agents.map((agent) => agent.username)).toEqual(['cai']);
  });

  it('logs out without leaving any queue, and forgets its agents', async () => {
    const { pinia, api, shift } = setup();
    await shift.login('sup1', 'pw');
    await shift.whenPhoneStarted();
    await shift.logout();
    expect(api.requests.map((r) => r.name)).not.toContain('AgentLogout');
    expect(useSessionStore(pinia).isAuthenticated).toBe(false);
    expect(useSupervisedAgentsStore(pinia).agents).toEqual([]);
  });
});
