// The event bus publishes without awaiting (the GraphQL pub/sub forgets the promise): an event
// Redis does not take must reach the bus's error callback, never become an unhandled rejection
// that ends the process.

import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { EventBus } from '@switchboard/schema';
import { pollUntil } from '../support/poll-until.js';

let buses: EventBus[] = [];

afterEach(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  buses = [];
});

/** A port nothing listens on: bound, read, then closed again. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('an event Redis does not take', () => {
  it('goes to publishFailed with its channel, and the failed connections to connectionFailed', async () => {
    const failures: string[] = [];
    const connections = new Set<string>();
    const bus = new EventBus(`redis://127.0.0.1:${await deadPort()}`, 'bus-test:', {
      publishFailed: (_error, channel) => failures.push(channel),
      connectionFailed: (_error, client) => connections.add(client),
    });
    buses.push(bus);
    bus.publish('campaign.updated', { campaignId: crypto.randomUUID() });
    await pollUntil(
      () => failures.length,
      (count) => count === 1,
      { timeoutMs: 20_000, what: 'the publish failure to be reported' },
    );
    expect(failures).toEqual(['bus-test:events:campaign.updated']);
    expect([...connections].sort()).toEqual(['publisher', 'subscriber']);
  });

  it('delivers normally on a Redis that answers', async () => {
    const failures: unknown[] = [];
    const prefix = `${inject('redisPrefix')}bus-test-${crypto.randomUUID()}:`;
    const bus = new EventBus(inject('redisUrl'), prefix, {
      publishFailed: (error) => failures.push(error),
      connectionFailed: (error) => failures.push(error),
    });
    buses.push(bus);
    const campaignId = crypto.randomUUID();
    const heard = new Promise((resolve) => {
      const stop = bus.listen('campaign.updated', (event) => {
        stop();
        resolve(event.data);
      });
    });
    // The first listener subscribes asynchronously: publish until it hears.
    const timer = setInterval(() => bus.publish('campaign.updated', { campaignId }), 100);
    try {
      expect(await heard).toEqual({ campaignId });
    } finally {
      clearInterval(timer);
    }
    await bus.flush();
    expect(failures).toEqual([]);
  });
});
