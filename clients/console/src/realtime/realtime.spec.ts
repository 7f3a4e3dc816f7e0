import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import {
  CurrentCallHistoryDocument,
  MyAgentStateChangedDocument,
  MyAgentStateDocument,
  MyCallEventsDocument,
} from '../generated/graphql';
import { useAgentStateStore, useCallsStore, useConnectionStore } from '../stores';
import { FakeApi } from '../testing/fake-api';
import { agentLive, callEvent, logRow } from '../testing/fixtures';
import { Realtime } from './realtime';

let n = 0;
const stateEvent = (kind: 'SNAPSHOT' | 'CHANGE', agent = agentLive()) => ({
  agentStateChanged: { id: `e${++n}`, kind, occurredAt: new Date().toISOString(), from: null, agent },
});

function setup() {
  setActivePinia(createPinia());
  const stores = { agentState: useAgentStateStore(), calls: useCallsStore(), connection: useConnectionStore() };
  stores.agentState.setMyAgentId('agent-1');
  const api = new FakeApi();
  const realtime = new Realtime(api, { agentId: 'agent-1', stores }, { resubscribeInitialMs: 100 });
  return { api, realtime, stores };
}

describe('the realtime table', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("subscribes to the agent's own state and its calls' events", () => {
    const { api, realtime } = setup();
    realtime.start();
    expect(api.subscriptions.map((s) => [s.name, s.variables])).toEqual([
      ['MyAgentStateChanged', { agentId: 'agent-1' }],
      ['MyCallEvents', {}],
    ]);
  });

  it('feeds SNAPSHOT then CHANGE into the stores, and the current call follows the state', () => {
    const { api, realtime, stores } = setup();
    realtime.start();
    api.push(MyAgentStateChangedDocument, stateEvent('SNAPSHOT', agentLive({ version: 2 })));
    api.push(
      MyAgentStateChangedDocument,
      stateEvent('CHANGE', agentLive({ version: 3, state: 'RINGING', callId: 'call-1', phone: '555' })),
    );
    api.push(MyCallEventsDocument, { callEvents: callEvent({ type: 'CONNECT' }) });
    expect(stores.agentState.display).toBe('RINGING');
    expect(stores.calls.current).toMatchObject({ callId: 'call-1', phone: '555' });
    expect(stores.calls.current?.connectedAt).not.toBeNull();
    expect(stores.connection.serverOffsetMs).not.toBeNull();
  });

  it('after a failed subscription: stale at once, then resubscribed and re-snapshotted', async () => {
    const { api, realtime, stores } = setup();
    api.on(MyAgentStateDocument, { myAgentState: agentLive({ version: 7, state: 'PAUSED', pauseId: 'ACW' }) });
    realtime.start();
    api.push(
      MyAgentStateChangedDocument,
      stateEvent('SNAPSHOT', agentLive({ version: 5, state: 'ON_CALL', callId: 'call-1' })),
    );
    api.fail(MyAgentStateChangedDocument);
    expect(stores.agentState.mine).toBeNull();
    expect(stores.calls.current).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(api.open(MyAgentStateChangedDocument)).toHaveLength(1);
    expect(api.requests.map((r) => r.name)).toEqual(['MyAgentState']);
    expect(stores.agentState.display).toBe('ACW');
  });

  it("after a reconnect, replays the current call's log: what happened while away shows", async () => {
    const { api, realtime, stores } = setup();
    const onCall = agentLive({ version: 8, state: 'ON_CALL', callId: 'call-1' });
    const hold = callEvent({ type: 'HOLD', occurredAt: '2026-12-02T10:00:05.000Z' });
    const unhold = callEvent({ type: 'UNHOLD', occurredAt: '2026-12-02T10:00:09.000Z' });
    api
      .on(MyAgentStateDocument, { myAgentState: onCall })
      .on(CurrentCallHistoryDocument, { callEvents: { nodes: [logRow(unhold), logRow(hold)] } });
    realtime.start();
    api.push(
      MyAgentStateChangedDocument,
      stateEvent('SNAPSHOT', agentLive({ version: 7, state: 'ON_CALL', callId: 'call-1' })),
    );
    api.push(MyCallEventsDocument, { callEvents: hold });
    expect(stores.calls.current?.onHold).toBe(true);
    realtime.markStale();
    await realtime.resnapshot();
    expect(api.requests.at(-1)).toEqual({ name: 'CurrentCallHistory', variables: { callId: 'call-1' } });
    expect(stores.calls.current?.onHold).toBe(false);
  });

  it('tolerates a call log the API refuses to agents', async () => {
    const { api, realtime, stores } = setup();
    api.on(MyAgentStateDocument, { myAgentState: agentLive({ version: 8, state: 'ON_CALL', callId: 'call-1' }) });
    realtime.start();
    realtime.markStale();
    await realtime.resnapshot();
    expect(stores.calls.current?.callId).toBe('call-1');
  });

  it('stops every subscription and retry when stopped', async () => {
    const { api, realtime } = setup();
    realtime.start();
    api.fail(MyCallEventsDocument);
    realtime.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.subscriptions.every((s) => s.closed)).toBe(true);
    expect(api.subscriptions).toHaveLength(2);
    expect(api.requests).toEqual([]);
  });
});
