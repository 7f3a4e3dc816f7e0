import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AmiEventBase } from '../ami/ami-events.js';
import { WELCOME_ABANDON_USER_EVENT } from '../config/database/campaign-queue-dialplan.js';
import { CallTracker } from './call-tracker.js';
import type { NormalizedCallEvent } from './call-event.types.js';

/** AMI events recorded from the real Asterisk 22 (test/fixtures/ami/README.md says how). */
function fixture(name: string): AmiEventBase[] {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/ami/${name}.json`, import.meta.url), 'utf8'));
}

function normalize(events: AmiEventBase[], tracker = new CallTracker(() => 0)): NormalizedCallEvent[] {
  return events.flatMap((event) => tracker.handle(event));
}

const CAMPAIGN = '11111111-1111-4111-8111-111111111111';
const CONTACT = '22222222-2222-4222-8222-222222222222';

/** SB_CALL_ID as the capture's Originate set it. */
const callIdOf = (events: AmiEventBase[]) =>
  events.find((event) => event.event === 'VarSet' && '__SB_CALL_ID' in (event['variable'] as object))!['value'];

describe('CallTracker on recorded calls to the fake PSTN', () => {
  it.each([
    ['busy', ['DIAL', 'BUSY'], 17],
    ['no-answer', ['DIAL', 'NOANSWER'], 0],
    ['congestion', ['DIAL', 'CONGESTION'], 34],
    ['rejected', ['DIAL', 'FAIL'], 21],
    ['unallocated', ['DIAL', 'CHANUNAVAIL'], 1],
  ])('%s: %j with the hang-up cause', (name, types, cause) => {
    const events = fixture(name);
    const logged = normalize(events);
    expect(logged.map((event) => event.type)).toEqual(types);
    const [dial, outcome] = logged;
    for (const event of logged) {
      expect(event).toMatchObject({ callId: callIdOf(events), campaignId: CAMPAIGN, contactId: CONTACT });
      expect(event.phone).toMatch(/^5550\d{3}$/);
    }
    expect(outcome!.data).toMatchObject({ cause });
    expect(outcome!.occurredAt.getTime()).toBeGreaterThanOrEqual(dial!.occurredAt.getTime());
  });

  it('no answer: waits for the dial timeout (2 s)', () => {
    const outcome = normalize(fixture('no-answer')).at(-1)!;
    expect(outcome).toMatchObject({ type: 'NOANSWER', waitSeconds: 2, data: { dialStatus: 'NOANSWER' } });
  });

  it('a human who hangs up first: ANSWER after the ring, then COMPLETEOUTNUM with the talk time', () => {
    const logged = normalize(fixture('human-customer-hangs-up'));
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'ANSWER', 'COMPLETEOUTNUM']);
    expect(logged[1]!.waitSeconds).toBe(2); // 1.5 s of ringing, rounded
    expect(logged[2]).toMatchObject({ durationSeconds: 3, data: { hungUpBy: 'customer', cause: 16 } });
  });

  it('the platform hangs up first: COMPLETEAGENT', () => {
    const logged = normalize(fixture('human-platform-hangs-up'));
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'ANSWER', 'COMPLETEAGENT']);
    expect(logged[2]).toMatchObject({ durationSeconds: 3, data: { hungUpBy: 'platform' } });
  });

  it("an answering machine: AMD's verdict between ANSWER and the end", () => {
    const logged = normalize(fixture('machine-amd'));
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'ANSWER', 'AMD', 'COMPLETEAGENT']);
    expect(logged[2]!.data).toMatchObject({ status: 'MACHINE' });
  });

  it('gives the same keys when the same AMI events are replayed, and distinct keys within a call', () => {
    for (const name of ['busy', 'human-customer-hangs-up', 'machine-amd']) {
      const first = normalize(fixture(name)).map((event) => event.eventKey);
      expect(normalize(fixture(name)).map((event) => event.eventKey)).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
    }
  });

  it('reads the call ids from ChanVariable headers once manager.conf lists them in channelvars', () => {
    const events = fixture('busy-channelvars');
    const withoutVarSet = events.filter((event) => event.event !== 'VarSet');
    const logged = normalize(withoutVarSet);
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'BUSY']);
    expect(logged[1]).toMatchObject({
      callId: callIdOf(events),
      campaignId: CAMPAIGN,
      contactId: CONTACT,
      agentId: null,
      phone: '5550003',
    });
  });

  const RECORDING = '2026/11/25/811e3d49-e857-4619-996b-70ae8f1489a3.wav';

  it('carries SB_RECORDING on the rows written once a VarSet has made it known', () => {
    const events = fixture('human-customer-hangs-up');
    const bridged = events.findIndex((event) => event.event === 'BridgeEnter');
    const at = events[bridged]!;
    const recordingSet: AmiEventBase = {
      event: 'VarSet',
      channel: at['channel'],
      uniqueid: at['uniqueid'],
      linkedid: at['linkedid'],
      timestamp: at.timestamp,
      variable: { __SB_RECORDING: '' },
      value: RECORDING,
    };
    const logged = normalize([...events.slice(0, bridged), recordingSet, ...events.slice(bridged)]);
    expect(logged.map((event) => [event.type, event.recording])).toEqual([
      ['DIAL', null],
      ['ANSWER', null],
      ['COMPLETEOUTNUM', RECORDING],
    ]);
  });

  it('reads SB_RECORDING from ChanVariable headers as well', () => {
    const events = fixture('human-customer-hangs-up')
      .filter((event) => event.event !== 'VarSet' || !('__SB_RECORDING' in (event['variable'] as object)))
      .map((event) => (event.event === 'Hangup' ? { ...event, chanvariable: { SB_RECORDING: RECORDING } } : event));
    const logged = normalize(events);
    expect(logged.at(-1)).toMatchObject({ type: 'COMPLETEOUTNUM', recording: RECORDING });
    expect(logged[0]!.recording).toBeNull();
  });

  it('falls back to the linkedid as call id when the call carries no SB_CALL_ID', () => {
    const events = fixture('busy').filter((event) => event.event !== 'VarSet');
    const logged = normalize(events);
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'BUSY']);
    expect(logged[0]!.callId).toBe(events[0]!['linkedid']);
    expect(logged[0]!.campaignId).toBeNull();
  });
});

describe('CallTracker.resync', () => {
  const human = fixture('human-customer-hangs-up');
  const answeredAt = human.findIndex((event) => event.event === 'DialEnd' && event['dialstatus'] === 'ANSWER');

  it('closes a call whose channels all ended unseen, once', () => {
    const tracker = new CallTracker(() => Date.parse('2026-11-25T12:00:00Z'));
    normalize(human.slice(0, answeredAt + 1), tracker);
    expect(tracker.openCalls()).toHaveLength(1);
    const closed = tracker.resync([]);
    expect(closed).toEqual([
      expect.objectContaining({
        type: 'FAIL',
        callId: callIdOf(human),
        data: expect.objectContaining({ reason: 'closed-after-resync', answered: true }),
      }),
    ]);
    expect(tracker.openCalls()).toHaveLength(0);
    expect(tracker.resync([])).toEqual([]);
    // The rest of the call, should it arrive after all, adds nothing.
    expect(normalize(human.slice(answeredAt + 1), tracker)).toEqual([]);
  });

  it('keeps calls still alive, and closes adopted calls when their last channel hangs up', () => {
    const tracker = new CallTracker(() => 0);
    normalize(human.slice(0, answeredAt + 1), tracker);
    const live = human
      .filter((event) => event.event === 'Newchannel')
      .map((event) => ({
        uniqueid: String(event['uniqueid']),
        linkedid: String(event['linkedid']),
        channel: String(event['channel']),
      }));
    expect(tracker.resync(live)).toEqual([]);

    const fresh = new CallTracker(() => 0);
    expect(fresh.resync(live)).toEqual([]);
    const rest = normalize(human.slice(answeredAt + 1), fresh);
    expect(rest.map((event) => [event.type, event.data['reason']])).toEqual([['FAIL', 'closed-after-resync']]);
  });
});

describe('CallTracker on queue, hold and transfer events (hand-written: no queue in the fake PSTN yet)', () => {
  const call = { linkedid: 'L1', uniqueid: 'L1' };
  const at = (seconds: number) => ({ timestamp: String(1_800_000_000 + seconds) });
  const events: AmiEventBase[] = [
    { event: 'Newchannel', channel: 'PJSIP/fake-pstn-carrier-1', ...call, ...at(0) },
    { event: 'VarSet', variable: { __SB_CAMPAIGN_ID: '' }, value: CAMPAIGN, ...call, ...at(0) },
    { event: 'QueueCallerJoin', queue: 'campaign-1', position: '1', ...call, ...at(1) },
    {
      event: 'AgentConnect',
      queue: 'campaign-1',
      holdtime: '7',
      ringtime: '2',
      membername: 'agent',
      ...call,
      ...at(8),
    },
    { event: 'Hold', ...call, ...at(20) },
    { event: 'Unhold', ...call, ...at(25) },
    {
      event: 'AgentComplete',
      queue: 'campaign-1',
      holdtime: '7',
      talktime: '30',
      reason: 'caller',
      ...call,
      ...at(38),
    },
  ];

  it('logs ENTERQUEUE, CONNECT with the hold time, HOLD, UNHOLD and the completion', () => {
    const logged = normalize(events);
    expect(logged.map((event) => event.type)).toEqual(['ENTERQUEUE', 'CONNECT', 'HOLD', 'UNHOLD', 'COMPLETEOUTNUM']);
    expect(logged[1]).toMatchObject({ waitSeconds: 7, campaignId: CAMPAIGN });
    expect(logged[4]).toMatchObject({ durationSeconds: 30, waitSeconds: 7 });
  });

  it('logs ABANDON with the wait, and nothing after it', () => {
    const logged = normalize([
      ...events.slice(0, 3),
      { event: 'QueueCallerAbandon', queue: 'campaign-1', holdtime: '12', position: '1', ...call, ...at(13) },
      { event: 'Hangup', cause: '16', channel: 'PJSIP/fake-pstn-carrier-1', ...call, ...at(13) },
    ]);
    expect(logged.map((event) => [event.type, event.waitSeconds])).toEqual([
      ['ENTERQUEUE', null],
      ['ABANDON', 12],
    ]);
  });

  it('logs EXITWITHTIMEOUT, not ABANDON, when app_queue reports the maximum wait as an abandon', () => {
    const logged = normalize([
      ...events.slice(0, 3),
      { event: 'QueueCallerAbandon', queue: 'campaign-1', holdtime: '5', position: '1', ...call, ...at(6) },
      { event: 'VarSet', variable: 'QUEUESTATUS', value: 'TIMEOUT', ...call, ...at(6) },
      { event: 'QueueCallerJoin', queue: 'campaign-2', position: '1', ...call, ...at(6) },
      { event: 'Hangup', cause: '16', channel: 'PJSIP/fake-pstn-carrier-1', ...call, ...at(20) },
    ]);
    expect(logged.map((event) => [event.type, event.data['queue']])).toEqual([
      ['ENTERQUEUE', 'campaign-1'],
      ['EXITWITHTIMEOUT', 'campaign-1'],
      ['ENTERQUEUE', 'campaign-2'],
    ]);
  });

  it('logs ABANDONWEL when the caller hangs up during the welcome message, and nothing after it', () => {
    const logged = normalize([
      ...events.slice(0, 2),
      { event: 'UserEvent', userevent: WELCOME_ABANDON_USER_EVENT, ...call, ...at(3) },
      { event: 'Hangup', cause: '16', channel: 'PJSIP/fake-pstn-carrier-1', ...call, ...at(3) },
    ]);
    expect(logged.map((event) => [event.type, event.campaignId])).toEqual([['ABANDONWEL', CAMPAIGN]]);
  });
});
