import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { agentLive, callEvent } from '../testing/fixtures';
import { useCallsStore } from './calls';

describe('the calls store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('follows the call the live state names and builds it from its events', () => {
    const calls = useCallsStore();
    calls.followAgent(agentLive({ state: 'RINGING', callId: 'call-1', phone: '5551234', callCampaignId: 'c1' }));
    calls.receive(callEvent({ type: 'CONNECT', occurredAt: '2026-12-02T10:00:01.000Z' }), 'agent-1');
    calls.receive(callEvent({ type: 'HOLD', occurredAt: '2026-12-02T10:00:05.000Z' }), 'agent-1');
    expect(calls.current).toMatchObject({ callId: 'call-1', phone: '5551234', campaignId: 'c1', onHold: true });
    expect(calls.current?.connectedAt).toBe('2026-12-02T10:00:01.000Z');
  });

  it('drops duplicates by delivery id and by the log event key', () => {
    const calls = useCallsStore();
    calls.followAgent(agentLive({ callId: 'call-1' }));
    const hold = callEvent({ type: 'HOLD', occurredAt: '2026-12-02T10:00:05.000Z' });
    expect(calls.receive(hold, 'agent-1')).toBe(true);
    expect(calls.receive(hold, 'agent-1')).toBe(false);
    expect(calls.receive({ ...hold, id: 'another-delivery' }, 'agent-1')).toBe(false);
  });

  it('does not let an older event undo a newer one', () => {
    const calls = useCallsStore();
    calls.followAgent(agentLive({ callId: 'call-1' }));
    calls.receive(callEvent({ type: 'UNHOLD', occurredAt: '2026-12-02T10:00:09.000Z' }), 'agent-1');
    calls.receive(callEvent({ type: 'HOLD', occurredAt: '2026-12-02T10:00:05.000Z' }), 'agent-1');
    expect(calls.current?.onHold).toBe(false);
  });

  it("ignores other agents' calls in the same campaigns", () => {
    const calls = useCallsStore();
    calls.followAgent(agentLive({ callId: null }));
    expect(calls.receive(callEvent({ callId: 'call-9', agentId: 'agent-2' }), 'agent-1')).toBe(false);
    expect(calls.byCallId['call-9']).toBeUndefined();
  });

  it('ends a call on its final event and hides everything while stale', () => {
    const calls = useCallsStore();
    calls.followAgent(agentLive({ callId: 'call-1' }));
    calls.receive(callEvent({ type: 'COMPLETEAGENT', occurredAt: '2026-12-02T10:01:00.000Z' }), 'agent-1');
    expect(calls.current?.endType).toBe('COMPLETEAGENT');
    calls.markStale();
    expect(calls.current).toBeNull();
    calls.followAgent(agentLive({ callId: null }));
    expect(calls.current).toBeNull();
    expect(calls.stale).toBe(false);
  });
});
