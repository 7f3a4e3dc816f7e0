// Losing Redis while AMI is unreachable: the agent-states worker cannot rebuild the sessions
// (it does so on AMI's connect), so Redis shows nobody logged in. Its preview sweep must not
// read that as "every agent left" and free the contacts they called.

import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  AgentActivityType,
  PreviewAssignment,
  PreviewAssignmentStatus,
  recordAgentActivity,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { startAgentStatesWorker, type AgentStatesWorker } from '../../workers/src/agent-states/agent-states.worker.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { pollUntil } from '../support/poll-until.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';
import { nextContact, previewScenario, type PreviewAgent } from './preview-scenario.js';

let api: ApiServer;
let orm: Orm;
let store: AgentStateStore;
let redis: Redis;
let bus: EventBus;
let worker: AgentStatesWorker;

/** A port nothing listens on: AMI "unreachable". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  ({ store, redis } = testAgentStateStore());
  bus = testEventBus();
  const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
  worker = startAgentStatesWorker({
    // A long lease: on a loaded machine a short one may flap, and each takeover restarts the sweep timer.
    config: testWorkersConfig(`agent-states-outage-${Date.now()}`, { LEASE_TTL_MS: '6000', LEASE_RENEW_MS: '2000' }),
    amiOptions: { host: '127.0.0.1', port: await closedPort(), username: 'nobody', secret: 'none', logger },
    orm,
    events: bus,
    store,
    logger,
  });
  await pollUntil(() => worker.isLeader, Boolean, { what: 'the worker to lead', timeoutMs: 10_000 });
});

afterAll(async () => {
  await worker?.close();
  redis?.disconnect();
  await bus?.close();
  await closeTestApi(api, orm);
});

const statusOf = async (id: string) =>
  (await orm.em.fork().findOneOrFail(PreviewAssignment, { id }, { refresh: true })).status;

const logged = (agent: PreviewAgent, type: AgentActivityType, occurredAt: Date) =>
  recordAgentActivity(orm.em.fork(), { agentId: agent.agentId, type, occurredAt });

describe('the preview sweep while Redis lost the sessions and AMI is down', () => {
  it('keeps the contacts of agents the log shows logged in; frees them once the agent is known to have left', async () => {
    const { agents, campaign } = await scenario();
    const [staying, leaving] = agents as [PreviewAgent, PreviewAgent];
    const called = [];
    for (const agent of [staying, leaving]) {
      const held = (await nextContact(agent, campaign.id))!;
      // As callPreviewContact leaves it: the agent keeps it whatever the disconnection time.
      await orm.em
        .fork()
        .nativeUpdate(
          PreviewAssignment,
          { id: held.assignment.id },
          { status: PreviewAssignmentStatus.DELIVERED, reservedUntil: null },
        );
      called.push(held.assignment.id);
    }
    const [keptId, freedId] = called as [string, string];
    const start = new Date(Date.now() - 60_000);
    await logged(staying, AgentActivityType.LOGIN, start);
    await logged(leaving, AgentActivityType.LOGIN, start);
    await logged(leaving, AgentActivityType.LOGOUT, new Date(start.getTime() + 1000));

    // Redis loses these agents' states (only theirs: other files share the run's prefix); AMI
    // is unreachable, so nothing rebuilds them.
    const prefix = inject('redisPrefix');
    for (const agent of [staying, leaving]) {
      await redis.del(`${prefix}agent-state:${agent.agentId}`);
      await redis.srem(`${prefix}agent-states:logged-in`, agent.agentId);
    }
    expect(await store.get(staying.agentId)).toBeNull();

    // The sweep ran (the agent the log shows logged out lost its contact)...
    await pollUntil(
      () => statusOf(freedId),
      (status) => status === PreviewAssignmentStatus.INITIAL,
      { what: 'the logged-out agent’s contact to be released', timeoutMs: 40_000, intervalMs: 200 },
    );
    // ...and left the contact of the agent it could not see but the log shows logged in.
    expect(await statusOf(keptId)).toBe(PreviewAssignmentStatus.DELIVERED);

    // Once that agent is known to have logged out, the usual rule applies.
    await logged(staying, AgentActivityType.LOGOUT, new Date());
    await pollUntil(
      () => statusOf(keptId),
      (status) => status === PreviewAssignmentStatus.INITIAL,
      { what: 'the contact to be released after the logout', timeoutMs: 40_000, intervalMs: 200 },
    );
  }, 120_000);
});

const scenario = () => previewScenario(orm, api.url, store, { contacts: 3, agents: 2 });
