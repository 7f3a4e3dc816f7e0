import { describe, expect, it } from 'vitest';
import { PushQueue } from './push-queue.js';

describe('PushQueue', () => {
  it('hands items pushed before and after a waiting next, in order', async () => {
    const queue = new PushQueue<number>();
    queue.push(1);
    expect(await queue.next()).toEqual({ value: 1, done: false });
    const waiting = queue.next();
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('ends at once on return, even while a next waits, and tells its owner once', async () => {
    let ended = 0;
    const queue = new PushQueue<number>(10, () => ended++);
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    queue.push(1);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    await queue.return();
    expect(ended).toBe(1);
  });

  it('fails a subscriber that falls more than its limit behind, dropping what waits', async () => {
    let ended = 0;
    const queue = new PushQueue<number>(2, () => ended++);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    await expect(queue.next()).rejects.toThrow(/too slow/);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(ended).toBe(1);
  });

  it('rejects a waiting next with the error it is failed with', async () => {
    const queue = new PushQueue<number>();
    const waiting = queue.next();
    queue.fail(new Error('FORBIDDEN now'));
    await expect(waiting).rejects.toThrow('FORBIDDEN now');
  });

  it('keeps its memory bounded over a long life', async () => {
    const queue = new PushQueue<number>();
    for (let n = 0; n < 5000; n++) {
      queue.push(n);
      queue.push(n);
      await queue.next();
      await queue.next();
    }
    expect(queue.length).toBe(0);
  });
});
