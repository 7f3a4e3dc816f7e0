import { describe, expect, it } from 'vitest';
import { classifyDialOutcome } from './dial-outcome.js';

describe('classifyDialOutcome', () => {
  it.each([
    ['BUSY', 17, 'BUSY', 'busy'],
    ['NOANSWER', 0, 'NOANSWER', 'no-answer'],
    ['NOANSWER', 19, 'NOANSWER', 'no-answer'],
    // Dial() says NOANSWER for these two; the cause tells the truth.
    ['NOANSWER', 21, 'FAIL', 'rejected'],
    ['NOANSWER', 1, 'CHANUNAVAIL', 'unallocated'],
    ['CONGESTION', 34, 'CONGESTION', 'congestion'],
    ['CHANUNAVAIL', 0, 'CHANUNAVAIL', 'unavailable'],
    ['CANCEL', 0, 'CANCEL', 'cancelled'],
    [undefined, 17, 'BUSY', 'busy'],
    [undefined, 16, 'FAIL', 'failed'],
  ] as const)('DIALSTATUS %s with cause %i is %s (%s)', (dialStatus, cause, type, reason) => {
    expect(classifyDialOutcome(dialStatus, cause)).toEqual({ type, reason });
  });
});
