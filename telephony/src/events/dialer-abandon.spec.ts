import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AmiEventBase } from '../ami/ami-events.js';
import { DIALER_ABANDON_USER_EVENT } from '../config/database/dialer-dialplan.js';
import { CallTracker } from './call-tracker.js';

function fixture(name: string): AmiEventBase[] {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/ami/${name}.json`, import.meta.url), 'utf8'));
}

describe("the dialer's abandoned humans", () => {
  it('the UserEvent after Queue() ends the call as EXITWITHTIMEOUT with its reason; nothing follows', () => {
    const events = fixture('human-platform-hangs-up');
    const firstHangup = events.findIndex((event) => event.event === 'Hangup' || event.event === 'HangupRequest');
    const channel = events.find((event) => event.event === 'Newchannel')!;
    const abandon: AmiEventBase = {
      event: 'UserEvent',
      userevent: DIALER_ABANDON_USER_EVENT,
      reason: 'no-agent',
      queuestatus: 'JOINEMPTY',
      uniqueid: channel['uniqueid'],
      linkedid: channel['linkedid'],
      timestamp: events[firstHangup - 1]!['timestamp'],
    };
    const tracker = new CallTracker(() => 0);
    const logged = [...events.slice(0, firstHangup), abandon, ...events.slice(firstHangup)].flatMap((event) =>
      tracker.handle(event),
    );
    expect(logged.map((event) => event.type)).toEqual(['DIAL', 'ANSWER', 'EXITWITHTIMEOUT']);
    expect(logged[2]!.data).toMatchObject({ reason: 'no-agent', queueStatus: 'JOINEMPTY' });
  });
});
