import { describe, expect, it } from 'vitest';
import {
  applyQueueEvent,
  campaignOfQueue,
  emptyQueueState,
  queueStateFromListing,
  type QueueAmiEvent,
  type QueueLiveState,
} from './inbound-queue.js';

const CAMPAIGN = '6f1c2a4e-0b7d-4c55-9a7e-3d2f1e0a9b8c';
const QUEUE = `campaign-${CAMPAIGN}`;
const at = (second: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, second));

const join = (uniqueid: string, position: number, extra: Record<string, string> = {}): QueueAmiEvent => ({
  event: 'QueueCallerJoin',
  queue: QUEUE,
  uniqueid,
  position: String(position),
  calleridnum: `555${uniqueid}`,
  ...extra,
});
const leave = (uniqueid: string, event = 'QueueCallerLeave'): QueueAmiEvent => ({ event, queue: QUEUE, uniqueid });

function run(events: [QueueAmiEvent, number, { callId?: string; phone?: string }?][]): QueueLiveState {
  return events.reduce(
    (state, [event, second, ids]) => applyQueueEvent(state, event, at(second), ids),
    emptyQueueState(QUEUE, CAMPAIGN),
  );
}

const waitingOf = (state: QueueLiveState) =>
  state.waiting.map(({ uniqueid, position, waitingSince }) => [uniqueid, position, waitingSince]);

describe('campaignOfQueue', () => {
  it('reads the campaign of a generated queue and nothing else', () => {
    expect(campaignOfQueue(QUEUE)).toBe(CAMPAIGN);
    expect(campaignOfQueue(`campaign-${CAMPAIGN.toUpperCase()}`)).toBe(CAMPAIGN);
    expect(campaignOfQueue('support')).toBeNull();
    expect(campaignOfQueue(`campaign-${CAMPAIGN}-x`)).toBeNull();
  });
});

describe('the queue reducer', () => {
  it('adds joining callers with their ids and join time, in queue order', () => {
    const state = run([
      [join('1', 1), 0, { callId: 'call-1', phone: '5550001' }],
      [join('2', 2), 3],
    ]);
    expect(state.waiting[0]).toEqual({
      uniqueid: '1',
      callId: 'call-1',
      phone: '5550001',
      position: 1,
      waitingSince: at(0).toISOString(),
    });
    // Without platform ids: the channel is the call, the caller id the phone.
    expect(state.waiting[1]).toMatchObject({ uniqueid: '2', callId: '2', phone: '5552', position: 2 });
  });

  it('moves the others up when one leaves or abandons, and ignores a caller it does not know', () => {
    const state = run([
      [join('1', 1), 0],
      [join('2', 2), 1],
      [join('3', 3), 2],
      [leave('1'), 5],
      [leave('9'), 6],
    ]);
    expect(waitingOf(state)).toEqual([
      ['2', 1, at(1).toISOString()],
      ['3', 2, at(2).toISOString()],
    ]);
    const abandoned = applyQueueEvent(state, leave('3', 'QueueCallerAbandon'), at(7));
    expect(waitingOf(abandoned)).toEqual([['2', 1, at(1).toISOString()]]);
    // Asterisk sends Abandon then Leave for the same caller: the second changes nothing.
    expect(applyQueueEvent(abandoned, leave('3'), at(7))).toEqual(abandoned);
  });

  it('puts a caller that joins ahead (higher priority) where Asterisk says', () => {
    const state = run([
      [join('1', 1), 0],
      [join('2', 2), 1],
      [join('3', 1), 2],
    ]);
    expect(state.waiting.map((caller) => [caller.uniqueid, caller.position])).toEqual([
      ['3', 1],
      ['1', 2],
      ['2', 3],
    ]);
  });

  it('a join seen twice keeps the first join time', () => {
    const state = run([
      [join('1', 1), 0],
      [join('1', 1), 9],
    ]);
    expect(waitingOf(state)).toEqual([['1', 1, at(0).toISOString()]]);
  });

  it("follows members' status and pause, and drops removed members", () => {
    const member = { queue: QUEUE, interface: 'Local/1001@switchboard-agents', membername: 'agent-1' };
    const state = run([
      [{ event: 'QueueMemberAdded', ...member, status: '1', paused: '0', incall: '0' }, 0],
      [{ event: 'QueueMemberStatus', ...member, status: '2', paused: '0', incall: '1' }, 1],
      [{ event: 'QueueMemberPause', ...member, status: '2', paused: '1', incall: '1' }, 2],
    ]);
    expect(state.members).toEqual([
      { interface: member.interface, name: 'agent-1', status: 2, paused: true, inCall: true },
    ]);
    expect(applyQueueEvent(state, { event: 'QueueMemberRemoved', ...member }, at(3)).members).toEqual([]);
  });

  it('leaves the state alone for other events', () => {
    const state = run([[join('1', 1), 0]]);
    expect(applyQueueEvent(state, { event: 'Newchannel', uniqueid: '1' }, at(1))).toBe(state);
  });
});

describe('the state from a QueueStatus listing', () => {
  it('is the listing: callers with their waits, members; known callers keep their join time', () => {
    const previous = run([
      [join('1', 1), 0, { callId: 'call-1' }],
      [join('gone', 2), 1],
    ]);
    const listed = queueStateFromListing(
      {
        queue: QUEUE,
        members: [{ event: 'QueueMember', queue: QUEUE, location: 'Local/1@x', name: 'a', status: '1', paused: '1' }],
        waiting: [
          { uniqueid: '1', position: 1, waitSeconds: 30, callId: null, phone: null },
          { uniqueid: '7', position: 2, waitSeconds: 12, callId: 'call-7', phone: '5557' },
        ],
      },
      CAMPAIGN,
      at(40),
      previous,
    );
    expect(listed.waiting).toEqual([
      { uniqueid: '1', callId: 'call-1', phone: '5551', position: 1, waitingSince: at(0).toISOString() },
      { uniqueid: '7', callId: 'call-7', phone: '5557', position: 2, waitingSince: at(28).toISOString() },
    ]);
    expect(listed.members).toEqual([{ interface: 'Local/1@x', name: 'a', status: 1, paused: true, inCall: false }]);
  });
});
