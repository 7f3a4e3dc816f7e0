import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ActionQueue, type SentAction } from './action-queue.js';
import { AmiErrorCode } from './ami.errors.js';
import type { AmiResponse } from './ami-events.js';
import { TokenBucket } from './token-bucket.js';

type Handler = (error: undefined, response: AmiResponse) => void;

/** Stands in for the socket: records what was written; the test decides what gets answered. */
class FakeConnection {
  isConnected = true;
  readonly handlers = new Map<string, Handler>();
  readonly forgotten: string[] = [];
  send(action: { actionid: string }, handler: Handler) {
    this.handlers.set(action.actionid, handler);
  }
  forget(actionId: string) {
    this.forgotten.push(actionId);
  }
  answer(actionId: string) {
    this.handlers.get(actionId)?.(undefined, { response: 'Success', actionid: actionId });
  }
}

function queueWith(connection: FakeConnection, rate = 1000, burst = 1000, queueTimeoutMs = 60_000) {
  const sent: SentAction[] = [];
  const queue = new ActionQueue(connection, new TokenBucket(rate, burst), {
    queueTimeoutMs,
    logger: pino({ level: 'silent' }),
    onSent: (entry) => sent.push(entry),
  });
  return { queue, sent };
}

const action = (actionid: string) => ({ action: 'Ping', actionid });

describe('ActionQueue', () => {
  it('times out a hung action without holding back the ones after it', async () => {
    const connection = new FakeConnection();
    const { queue } = queueWith(connection);
    const hung = queue.enqueue(action('hung'), 100);
    const others = ['a', 'b', 'c'].map((id) => queue.enqueue(action(id), 5000));
    for (const id of ['a', 'b', 'c']) connection.answer(id);
    await expect(Promise.all(others)).resolves.toHaveLength(3);
    await expect(hung).rejects.toMatchObject({ code: AmiErrorCode.ACTION_TIMEOUT });
    expect(connection.forgotten).toEqual(['hung']);
    expect(queue.pending).toEqual({ queued: 0, inFlight: 0 });
  });

  it('spaces actions by the token bucket', async () => {
    const connection = new FakeConnection();
    const { queue, sent } = queueWith(connection, 50, 2);
    const all = Array.from({ length: 8 }, (_, index) => queue.enqueue(action(`p${index}`), 5000));
    await expect.poll(() => sent.length, { timeout: 2000 }).toBe(8);
    // 2 at once, then 6 more at 20 ms intervals: at least ~120 ms from first to last.
    expect(sent[7]!.sentAt - sent[0]!.sentAt).toBeGreaterThanOrEqual(110);
    for (const entry of sent) connection.answer(entry.actionId);
    await Promise.all(all);
  });

  it('holds actions while disconnected and sends them on wake', async () => {
    const connection = new FakeConnection();
    connection.isConnected = false;
    const { queue, sent } = queueWith(connection);
    const pending = queue.enqueue(action('later'), 5000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sent).toHaveLength(0);
    connection.isConnected = true;
    queue.wake();
    connection.answer('later');
    await expect(pending).resolves.toMatchObject({ response: 'Success' });
  });

  it('fails actions that waited unsent too long, and those in flight when the connection drops', async () => {
    const connection = new FakeConnection();
    const { queue } = queueWith(connection, 1000, 1000, 50);
    const inFlight = queue.enqueue(action('sent'), 5000);
    connection.isConnected = false;
    const stuck = queue.enqueue(action('stuck'), 5000);
    queue.failInFlight('socket closed');
    await expect(inFlight).rejects.toMatchObject({ code: AmiErrorCode.DISCONNECTED });
    await expect(stuck).rejects.toMatchObject({ code: AmiErrorCode.QUEUE_TIMEOUT });
  });

  it('asks a guarded action its guard after the rate limit, and never writes it once the guard refuses', async () => {
    const connection = new FakeConnection();
    const { queue, sent } = queueWith(connection, 20, 1);
    let leaseHeld = true;
    const asked: number[] = [];
    const guard = () => {
      asked.push(performance.now());
      return leaseHeld;
    };
    const first = queue.enqueue(action('first'), 5000, guard);
    const stale = queue.enqueue(action('stale'), 5000, guard);
    stale.catch(() => undefined);
    const unguarded = queue.enqueue(action('after'), 5000);
    while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    // The first left at once; the stale one waits ~50 ms for a token, and the lease goes meanwhile.
    leaseHeld = false;
    connection.answer('first');
    await expect(first).resolves.toMatchObject({ response: 'Success' });
    await expect(stale).rejects.toMatchObject({ code: AmiErrorCode.FENCED });
    await new Promise((resolve) => setTimeout(resolve, 100));
    connection.answer('after');
    await expect(unguarded).resolves.toMatchObject({ response: 'Success' });
    expect(sent.map((entry) => entry.actionId)).toEqual(['first', 'after']);
    expect(asked).toHaveLength(2);
    expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(40);
  });

  it('reports how every sent action ended, with its time on the wire, and nothing for one never sent', async () => {
    const connection = new FakeConnection();
    const finished: Array<[string, number, string]> = [];
    const queue = new ActionQueue(connection, new TokenBucket(1000, 1000), {
      queueTimeoutMs: 60_000,
      logger: pino({ level: 'silent' }),
      onFinished: (name, seconds, outcome) => finished.push([name, seconds, outcome]),
    });
    const answered = queue.enqueue(action('answered'), 5000);
    const hung = queue.enqueue(action('hung'), 50);
    const dropped = queue.enqueue(action('dropped'), 5000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    connection.answer('answered');
    await answered;
    await expect(hung).rejects.toMatchObject({ code: AmiErrorCode.ACTION_TIMEOUT });
    queue.failInFlight('socket closed');
    await expect(dropped).rejects.toMatchObject({ code: AmiErrorCode.DISCONNECTED });
    await expect(queue.enqueue(action('unsent'), 5000, () => false)).rejects.toMatchObject({
      code: AmiErrorCode.FENCED,
    });
    expect(finished.map(([name, , outcome]) => [name, outcome])).toEqual([
      ['Ping', 'success'],
      ['Ping', 'timeout'],
      ['Ping', 'disconnected'],
    ]);
    expect(finished[0]![1]).toBeGreaterThanOrEqual(0.015);
    expect(finished[1]![1]).toBeGreaterThanOrEqual(0.045);
  });
});
