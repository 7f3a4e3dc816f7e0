import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';
import { SeededRandom } from './seeded-random.js';

describe('EventQueue', () => {
  it('pops by time, and in scheduling order at equal times', () => {
    const queue = new EventQueue<string>();
    const random = new SeededRandom(3);
    const times = Array.from({ length: 200 }, () => Math.floor(random.uniform(0, 20)));
    times.forEach((at, index) => queue.schedule(at, `${at}:${index}`));
    const popped: string[] = [];
    for (let next = queue.pop(); next; next = queue.pop()) popped.push(next.event);
    const expected = times.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at || a.index - b.index);
    expect(popped).toEqual(expected.map(({ at, index }) => `${at}:${index}`));
  });
});

describe('SeededRandom', () => {
  it('repeats with the seed and has the asked-for means', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const random = new SeededRandom(1);
    const mean = (draw: () => number) => Array.from({ length: 50_000 }, draw).reduce((s, x) => s + x, 0) / 50_000;
    expect(mean(() => random.lognormal(120, 0.6))).toBeCloseTo(120, -1);
    expect(mean(() => random.exponential(30))).toBeCloseTo(30, -0.5);
    expect(mean(() => random.standardNormal())).toBeCloseTo(0, 1);
  });
});
