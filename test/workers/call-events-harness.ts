import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { inject } from 'vitest';
import { CallEvent, EventBus, type Orm } from '@switchboard/schema';
import { OUTBOUND_CONTEXT, originate, type AmiClient } from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { pollUntil } from '../support/poll-until.js';

/** Worker config for tests: this run's database and Redis, a lease key of the test's own, short TTLs. */
export function testWorkersConfig(leaseScope: string, overrides: Record<string, string> = {}) {
  return loadWorkersConfig({
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    // Only the lease uses this prefix; events go through the run's bus (testEventBus).
    REDIS_PREFIX: `${inject('redisPrefix')}${leaseScope}:`,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    LEASE_TTL_MS: '1500',
    LEASE_RENEW_MS: '300',
    ...overrides,
  });
}

export const testEventBus = () => new EventBus(inject('redisUrl'), inject('redisPrefix'));

/**
 * A TCP relay in front of AMI: the worker connects through it, and `cut()` kills its sockets,
 * which is exactly what a network drop looks like to the worker (other test files' AMI
 * sessions are left alone, unlike `manager kick session`).
 */
export async function amiRelay(amiPort: number): Promise<{ port: number; cut(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(amiPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface PlacedCall {
  callId: string;
  channelId: string;
  campaignId: string;
  contactId: string;
}

/**
 * Places a call the way the dialer does: a Local channel into the outbound context, carrying
 * the channel-variable contract (set here with Originate's Variable until manager.conf lists
 * them in channelvars).
 */
export async function placeCall(
  ami: AmiClient,
  number: string,
  options: {
    campaignId?: string;
    variables?: Record<string, string>;
    destination?: Parameters<typeof originate>[1]['destination'];
  } = {},
): Promise<PlacedCall> {
  const call = {
    callId: randomUUID(),
    channelId: randomUUID(),
    campaignId: options.campaignId ?? randomUUID(),
    contactId: randomUUID(),
  };
  await originate(ami, {
    channel: `Local/${number}@${OUTBOUND_CONTEXT}`,
    channelId: call.channelId,
    otherChannelId: randomUUID(),
    destination: options.destination ?? { application: 'Wait', data: '15' },
    variables: {
      __SB_CALL_ID: call.callId,
      __SB_CAMPAIGN_ID: call.campaignId,
      __SB_CONTACT_ID: call.contactId,
      __SB_PHONE: number,
      ...options.variables,
    },
  });
  return call;
}

const TERMINAL = new Set([
  'NOANSWER',
  'BUSY',
  'CANCEL',
  'CHANUNAVAIL',
  'CONGESTION',
  'FAIL',
  'BLACKLIST',
  'COMPLETEAGENT',
  'COMPLETEOUTNUM',
  'ABANDON',
  'EXITWITHTIMEOUT',
]);

export const loggedEvents = (orm: Orm, callId: string) =>
  orm.em.fork().find(CallEvent, { callId }, { orderBy: { id: 'asc' } });

/** The call's log once it has an end. */
export function waitForEnd(orm: Orm, callId: string, timeoutMs = 20_000) {
  return pollUntil(
    () => loggedEvents(orm, callId),
    (events) => events.some((event) => TERMINAL.has(event.type)),
    { timeoutMs, intervalMs: 100, what: `the end of call ${callId} in the log` },
  );
}

export const countEvents = (orm: Orm) => orm.em.fork().count(CallEvent, {});
