import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { CLOSED_AFTER_RESYNC_REASON, TERMINAL_CALL_EVENT_TYPES } from '@switchboard/schema';
import { CLOSED_AFTER_RESYNC, TERMINAL_KINDS } from '@switchboard/telephony';

// The normalizer keeps its own copy of these (pure code, no ORM); the dialer and the counters
// read the log with the schema's. They must say the same.
describe('the call-event vocabulary of telephony and of the log', () => {
  it('agrees on which events end a call (ABANDONWEL included: the welcome message’s hang-up handler makes it)', () => {
    expect([...TERMINAL_CALL_EVENT_TYPES].sort()).toEqual([...TERMINAL_KINDS].sort());
  });

  it('agrees on how a call closed after a resync is marked', () => {
    expect(CLOSED_AFTER_RESYNC_REASON).toBe(CLOSED_AFTER_RESYNC);
  });
});
