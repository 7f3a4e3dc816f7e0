import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { agentLive } from '../testing/fixtures';
import { useAgentStateStore, type AgentStateDelivery } from './agentState';

let n = 0;
function delivery(kind: 'SNAPSHOT' | 'CHANGE', agent = agentLive(), id = `event-${++n}`): AgentStateDelivery {
  return { id, kind, occurredAt: '2026-12-02T10:00:00.000Z', agent };
}

describe('the agent state store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    const store = useAgentStateStore();
    store.setMyAgentId('agent-1');
  });

  it('takes a SNAPSHOT, then applies CHANGEs', () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 4, state: 'READY' })));
    expect(store.mine?.state).toBe('READY');
    store.receive(delivery('CHANGE', agentLive({ version: 5, state: 'RINGING', callId: 'call-1' })));
    expect(store.mine).toMatchObject({ state: 'RINGING', callId: 'call-1', version: 5 });
    expect(store.display).toBe('RINGING');
  });

  it('drops a redelivered event (same id) and a stale CHANGE (older version)', () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 4 })));
    const onCall = delivery('CHANGE', agentLive({ version: 6, state: 'ON_CALL' }));
    expect(store.receive(onCall)).toBe(true);
    expect(store.receive({ ...onCall, agent: agentLive({ version: 7, state: 'READY' }) })).toBe(false);
    expect(store.receive(delivery('CHANGE', agentLive({ version: 5, state: 'RINGING' })))).toBe(false);
    expect(store.receive(delivery('CHANGE', agentLive({ version: 6, state: 'READY' })))).toBe(false);
    expect(store.mine).toMatchObject({ state: 'ON_CALL', version: 6 });
  });

  it('takes a lower version with a later since: the server state was reset, versions restarted', () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 40, state: 'READY', since: '2026-12-02T10:00:00.000Z' })));
    const reset = agentLive({ version: 1, state: 'RINGING', since: '2026-12-02T10:05:00.000Z' });
    expect(store.receive(delivery('CHANGE', reset))).toBe(true);
    expect(store.mine?.state).toBe('RINGING');
  });

  it('lets a SNAPSHOT replace even a higher version (the server state was reset)', () => {
    const store = useAgentStateStore();
    store.receive(delivery('CHANGE', agentLive({ version: 9, state: 'ON_CALL' })));
    store.receive(delivery('SNAPSHOT', agentLive({ version: 1, state: 'OFFLINE' })));
    expect(store.mine).toMatchObject({ state: 'OFFLINE', version: 1 });
  });

  it("never lets a mutation's late answer overwrite a newer live state", () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 3, state: 'READY' })));
    // agentPause answered version 4 (PAUSED), but a supervisor's change (5) arrived first.
    store.receive(delivery('CHANGE', agentLive({ version: 5, state: 'PAUSED', pauseId: 'SUPERVISOR' })));
    expect(store.answer(agentLive({ version: 4, state: 'PAUSED', pauseId: 'lunch' }))).toBe(false);
    expect(store.mine).toMatchObject({ version: 5, pauseId: 'SUPERVISOR' });
    expect(store.answer(agentLive({ version: 6, state: 'READY' }))).toBe(true);
    expect(store.mine?.state).toBe('READY');
  });

  it('shows ACW as its own state, from PAUSED with the ACW pause', () => {
    const store = useAgentStateStore();
    store.receive(
      delivery('SNAPSHOT', agentLive({ state: 'PAUSED', pauseId: 'ACW', autoUnpauseAt: '2026-12-02T10:00:30.000Z' })),
    );
    expect(store.display).toBe('ACW');
  });

  it('hides the state while stale and shows it again after a fresh snapshot', () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 3, state: 'ON_CALL' })));
    store.markStale();
    expect(store.mine).toBeNull();
    expect(store.lastKnown?.state).toBe('ON_CALL');
    // A CHANGE while stale is applied but does not end staleness: it is one row, not the picture.
    store.receive(delivery('CHANGE', agentLive({ version: 4, state: 'PAUSED', pauseId: 'ACW' })));
    expect(store.mine).toBeNull();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 5, state: 'READY' })));
    expect(store.mine?.state).toBe('READY');
  });

  it('clears staleness with a fresh query answer unless it is older than what arrived meanwhile', () => {
    const store = useAgentStateStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 3 })));
    store.markStale();
    store.receive(delivery('CHANGE', agentLive({ version: 5, state: 'RINGING' })));
    expect(store.answer(agentLive({ version: 4 }), { fresh: true })).toBe(false);
    expect(store.stale).toBe(true);
    expect(store.answer(agentLive({ version: 5, state: 'RINGING' }), { fresh: true })).toBe(true);
    expect(store.mine?.state).toBe('RINGING');
  });
});
