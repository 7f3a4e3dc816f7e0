import { describe, expect, it } from 'vitest';
import { WrapTimeTracker } from './wrap-time-tracker.js';

describe('WrapTimeTracker', () => {
  it('measures a wrap from its start to the start of the state after it', () => {
    const tracker = new WrapTimeTracker();
    expect(tracker.observe('a', true, 10_000)).toBeNull();
    expect(tracker.observe('a', true, 10_000)).toBeNull();
    expect(tracker.observe('a', false, 22_500)).toBe(12.5);
    expect(tracker.observe('a', false, 22_500)).toBeNull();
  });

  it('ends a wrap that went straight into another one (two calls seen in one tick)', () => {
    const tracker = new WrapTimeTracker();
    tracker.observe('a', true, 0);
    expect(tracker.observe('a', true, 8_000)).toBe(8);
    expect(tracker.observe('a', false, 9_000)).toBe(1);
  });

  it('ignores agents never seen wrapping, impossible durations and forgotten agents', () => {
    const tracker = new WrapTimeTracker();
    expect(tracker.observe('b', false, 5_000)).toBeNull();
    tracker.observe('c', true, 10_000);
    expect(tracker.observe('c', false, 5_000)).toBeNull();
    tracker.observe('d', true, 0);
    expect(tracker.observe('d', false, 2 * 3600_000)).toBeNull();
    tracker.observe('e', true, 0);
    tracker.keepOnly(new Set());
    expect(tracker.observe('e', false, 1_000)).toBeNull();
  });
});
