// npm run bench:live — publish-to-receipt latency of agentStateChanged with N graphql-ws
// subscribers (supervisors of one team each, some administrators seeing every agent), agent
// state events published through Redis at a set rate, against the same fan-out over raw Redis
// pub/sub (N Redis subscribers of the same scope mix). The api runs as its own process (a fresh
// one per N) on a scratch database and Redis prefix, so that its CPU and memory are its own.
// Writes bench/results/live.json.
/* global process, URL, setTimeout, clearTimeout, fetch, performance -- Node globals: the lint config defines none for .mjs */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import {
  AgentGroup,
  AgentProfile,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  Role,
  User,
  dropDatabase,
  hashPassword,
  openDatabase,
  prepareDatabase,
} from '@switchboard/schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '50,200,500').split(',').map(Number);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const TEAMS = 10;
const AGENTS_PER_TEAM = 20;
/** One subscriber in ten is an administrator (every agent); the others supervise one team. */
const ADMIN_EVERY = 10;
/** Distinct logins the subscribers use (a wallboard room: several screens per supervisor). */
const SUPERVISORS_PER_TEAM = 5;
const ADMINS = 5;
const PASSWORD = 'Bench-Password-2026!';

const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
base.pathname = `/switchboard_bench_live_${process.pid}`;
const databaseUrl = base.toString();
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `switchboard_bench_live_${process.pid}:`;
const channel = `${prefix}events:agent.state_changed`;
const results = process.env.BENCH_RESULTS ?? path.join(here, 'results', 'live.json');
// BENCH_API_MAIN: another build of the api (an earlier commit's, to compare).
const MAIN = process.env.BENCH_API_MAIN ?? path.join(here, '..', 'api', 'dist', 'main.js');
const METRICS_TOKEN = 'bench-metrics-token-0123456789';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function seed() {
  const orm = await openDatabase(databaseUrl);
  try {
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    const role = async (builtIn) => em.findOneOrFail(Role, { builtIn });
    const [agentRole, supervisorRole, adminRole] = [
      await role(BuiltInRole.AGENT),
      await role(BuiltInRole.SUPERVISOR),
      await role(BuiltInRole.ADMINISTRATOR),
    ];
    const user = (username, userRole) => {
      const created = Object.assign(new User(), { username, passwordHash });
      created.role = userRole;
      em.persist(created);
      return created;
    };
    const teams = [];
    let extension = 20_000;
    for (let team = 0; team < TEAMS; team++) {
      const group = em.create(AgentGroup, { name: `bench team ${team}` });
      const campaign = Object.assign(new Campaign(), { name: `bench campaign ${team}`, type: CampaignType.MANUAL });
      em.persist(campaign);
      const agents = [];
      for (let n = 0; n < AGENTS_PER_TEAM; n++) {
        const agentUser = user(`bench_agent_${team}_${n}`, agentRole);
        const profile = Object.assign(new AgentProfile(), {
          user: agentUser,
          group,
          sipExtension: extension++,
          sipSecret: randomUUID(),
        });
        agentUser.agentProfile = profile;
        em.persist(profile);
        em.persist(Object.assign(new CampaignAgent(), { campaign, agent: profile, penalty: 0 }));
        agents.push({ profile, agentUser, group });
      }
      const supervisors = [];
      for (let n = 0; n < SUPERVISORS_PER_TEAM; n++) {
        const supervisor = user(`bench_supervisor_${team}_${n}`, supervisorRole);
        campaign.supervisors.add(supervisor);
        supervisors.push(supervisor.username);
      }
      teams.push({ campaignId: campaign.id, agents, supervisors });
    }
    const admins = Array.from({ length: ADMINS }, (_, n) => user(`bench_admin_${n}`, adminRole).username);
    await em.flush();
    // Ids are known once the rows are written.
    for (const team of teams) {
      team.agents = team.agents.map(({ profile, agentUser, group }) => ({
        agentId: profile.id,
        userId: agentUser.id,
        username: agentUser.username,
        groupId: group.id,
      }));
    }
    return { teams, admins };
  } finally {
    await orm.close(true);
  }
}

async function startApi() {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      API_PORT: '0',
      AUTH_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-0',
      LOGIN_THROTTLE_ADDRESS_FREE_FAILURES: '1000',
      METRICS_TOKEN,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api did not start in 30 s: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`api exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'api listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
  });
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** utime + stime of a process in seconds, and its resident memory in bytes (Linux /proc). */
async function processUsage(pid) {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  return { cpuSeconds: (Number(stat[11]) + Number(stat[12])) / 100, rss: rssKb * 1024 };
}

/** The api's V8 heap in use, from its /metrics (live objects and garbage not yet collected). */
async function heapUsed(url) {
  const response = await fetch(new URL('/metrics', url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const match = /^switchboard_nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(await response.text());
  return match ? Number(match[1]) : null;
}

async function login(url, username) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: PASSWORD },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.login.token;
}

/**
 * Who each subscriber is: one in ADMIN_EVERY an administrator, the others round-robin over the
 * teams; `team` is null for administrators.
 */
function subscriberMix(count, fixture) {
  return Array.from({ length: count }, (_, n) => {
    if (n % ADMIN_EVERY === ADMIN_EVERY - 1) return { team: null, login: fixture.admins[n % fixture.admins.length] };
    const team = n % TEAMS;
    const supervisors = fixture.teams[team].supervisors;
    return { team, login: supervisors[Math.floor(n / TEAMS) % supervisors.length] };
  });
}

/** Latencies (ms) by event version, and the subscribers' counters; lean: no JSON.parse per message. */
function receiver() {
  const sentAt = new Map();
  const latencies = [];
  let outOfScope = 0;
  let received = 0;
  return {
    sentAt,
    latencies,
    get received() {
      return received;
    },
    get outOfScope() {
      return outOfScope;
    },
    reset() {
      latencies.length = 0;
      received = 0;
      outOfScope = 0;
    },
    /** One delivered event's text, for a subscriber of `team` (null: every agent). */
    take(text, team) {
      const at = performance.now();
      const versionAt = text.indexOf('"version":');
      if (versionAt < 0) return false;
      const version = Number.parseInt(text.slice(versionAt + 10, versionAt + 24), 10);
      if (version === 0) return false; // a snapshot row
      const sent = sentAt.get(version);
      if (sent === undefined) return false;
      received++;
      latencies.push(at - sent.at);
      if (team !== null && sent.team !== team) outOfScope++;
      return true;
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const round = (value) => (value === null ? null : Number(value.toFixed(2)));
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
  };
}

/** One graphql-transport-ws subscriber, raw `ws`; resolves once its snapshot is in. */
function openSubscriber(wsUrl, token, team, expectedSnapshot, sink) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    let snapshot = 0;
    const timer = setTimeout(() => reject(new Error(`no snapshot after 60 s (${snapshot} rows)`)), 60_000);
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('message', (data) => {
      const text = data.toString();
      if (snapshot < expectedSnapshot) {
        if (text.includes('"connection_ack"')) {
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: {
                query:
                  'subscription { agentStateChanged { id kind occurredAt from agent { agentId state since callCampaignId phone version } } }',
              },
            }),
          );
          return;
        }
        if (text.includes('"SNAPSHOT"')) {
          if (++snapshot === expectedSnapshot) {
            clearTimeout(timer);
            resolve(socket);
          }
          return;
        }
        if (text.includes('"error"')) reject(new Error(text));
      }
      sink.take(text, team);
    });
    socket.on('error', reject);
  });
}

function stateEvent(agent, team, version) {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    topic: 'agent.state_changed',
    occurredAt: now,
    data: {
      from: 'READY',
      state: {
        ...agent,
        sipExtension: 20_000,
        state: version % 2 ? 'ON_CALL' : 'READY',
        pauseId: null,
        pauseName: null,
        since: now,
        loggedInAt: now,
        campaignIds: [team.campaignId],
        callId: null,
        callCampaignId: team.campaignId,
        contactId: null,
        phone: '+5491140000000',
        phoneRegistered: true,
        autoUnpauseAt: null,
        dispositionPending: false,
        version,
      },
    },
  };
}

/** Publishes `rate` events a second for `seconds`, spread over every agent; returns how many each scope gets. */
async function publishAtRate(fixture, sink, publish, seconds, firstVersion) {
  const total = Math.round(RATE * seconds);
  const agents = fixture.teams.flatMap((team, index) => team.agents.map((agent) => ({ agent, team, index })));
  const perTeam = new Array(TEAMS).fill(0);
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * RATE) / 1000) + 1);
    for (; sent < due; sent++) {
      const version = firstVersion + sent;
      const { agent, team, index } = agents[sent % agents.length];
      perTeam[index]++;
      sink.sentAt.set(version, { at: performance.now(), team: index });
      publish(index, JSON.stringify(stateEvent(agent, team, version)));
    }
    await sleep(1);
  }
  return { total, perTeam, lastVersion: firstVersion + total };
}

function expectedDeliveries(mix, published) {
  return mix.reduce((sum, { team }) => sum + (team === null ? published.total : published.perTeam[team]), 0);
}

async function drain(sink, expected) {
  const deadline = performance.now() + 10_000;
  while (sink.received < expected && performance.now() < deadline) await sleep(20);
}

/** Measured phase: warm-up, then SECONDS at RATE, with the api process's CPU and memory. */
async function measure(fixture, mix, sink, publish, pid, version) {
  const warm = await publishAtRate(fixture, sink, publish, WARMUP_SECONDS, version);
  await drain(sink, expectedDeliveries(mix, warm));
  sink.reset();
  const before = pid ? await processUsage(pid) : null;
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  let peakRss = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && pid) {
      peakRss = Math.max(peakRss, (await processUsage(pid)).rss);
      await sleep(250);
    }
  })();
  const published = await publishAtRate(fixture, sink, publish, SECONDS, warm.lastVersion);
  const expected = expectedDeliveries(mix, published);
  await drain(sink, expected);
  const elapsed = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const after = pid ? await processUsage(pid) : null;
  const client = process.cpuUsage(clientBefore);
  return {
    published: published.total,
    expectedDeliveries: expected,
    deliveries: sink.received,
    outOfScope: sink.outOfScope,
    deliveriesPerSecond: Math.round(sink.received / SECONDS),
    latencyMs: summary(sink.latencies),
    apiCpuPercent: before ? Math.round(((after.cpuSeconds - before.cpuSeconds) / elapsed) * 100) : null,
    apiPeakRssMegabytes: pid ? Math.round(peakRss / 1048576) : null,
    benchClientCpuPercent: Math.round(((client.user + client.system) / 1e6 / elapsed) * 100),
    nextVersion: published.lastVersion + 1,
  };
}

async function overGraphql(fixture, count) {
  const api = await startApi();
  const publisher = new Redis(redisUrl);
  const sockets = [];
  try {
    const mix = subscriberMix(count, fixture);
    const tokens = new Map();
    for (const login_ of new Set(mix.map((each) => each.login))) tokens.set(login_, await login(api.url, login_));
    await sleep(1000);
    const idle = await processUsage(api.pid);
    const idleHeap = await heapUsed(api.url);
    const sink = receiver();
    const wsUrl = api.url.replace(/^http/, 'ws');
    for (let n = 0; n < mix.length; n += 25) {
      const batch = mix
        .slice(n, n + 25)
        .map(({ team, login: who }) =>
          openSubscriber(wsUrl, tokens.get(who), team, team === null ? TEAMS * AGENTS_PER_TEAM : AGENTS_PER_TEAM, sink),
        );
      sockets.push(...(await Promise.all(batch)));
    }
    await sleep(2000);
    const subscribed = await processUsage(api.pid);
    const subscribedHeap = await heapUsed(api.url);
    const publish = (_team, text) => void publisher.publish(channel, text);
    const run = await measure(fixture, mix, sink, publish, api.pid, 1);
    const metrics = await (
      await fetch(new URL('/metrics', api.url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const delivered =
      /switchboard_api_subscription_delivery_seconds_count\{[^}]*field="agentStateChanged"[^}]*\} (\d+)/.exec(metrics);
    return {
      subscribers: count,
      administrators: mix.filter((each) => each.team === null).length,
      logins: tokens.size,
      ...run,
      apiIdleRssMegabytes: Math.round(idle.rss / 1048576),
      apiSubscribedRssMegabytes: Math.round(subscribed.rss / 1048576),
      apiRssPerIdleSubscriberKilobytes: Math.round((subscribed.rss - idle.rss) / count / 1024),
      apiHeapPerIdleSubscriberKilobytes:
        idleHeap && subscribedHeap ? Math.round((subscribedHeap - idleHeap) / count / 1024) : null,
      apiDeliveriesCounted: delivered ? Number(delivered[1]) : null,
    };
  } finally {
    for (const socket of sockets) socket.terminate();
    publisher.disconnect();
    await api.stop();
  }
}

/** The same fan-out done by Redis itself: a channel per team and one for everything. */
async function overRawRedis(fixture, count) {
  const mix = subscriberMix(count, fixture);
  const sink = receiver();
  const publisher = new Redis(redisUrl);
  const subscribers = [];
  try {
    for (let n = 0; n < mix.length; n += 50) {
      const batch = mix.slice(n, n + 50).map(async ({ team }) => {
        const subscriber = new Redis(redisUrl, { enableReadyCheck: false });
        subscriber.on('messageBuffer', (_channel, message) => sink.take(message.toString(), team));
        await subscriber.subscribe(`${prefix}baseline:${team === null ? 'all' : `team:${team}`}`);
        return subscriber;
      });
      subscribers.push(...(await Promise.all(batch)));
    }
    const publish = (team, text) => {
      void publisher.publish(`${prefix}baseline:team:${team}`, text);
      void publisher.publish(`${prefix}baseline:all`, text);
    };
    const run = await measure(fixture, mix, sink, publish, null, 1);
    return { subscribers: count, ...run };
  } finally {
    for (const subscriber of subscribers) subscriber.disconnect();
    publisher.disconnect();
  }
}

await prepareDatabase(databaseUrl);
try {
  const fixture = await seed();
  const runs = [];
  for (const count of SUBSCRIBERS) {
    const graphql = await overGraphql(fixture, count);
    const baseline = await overRawRedis(fixture, count);
    delete graphql.nextVersion;
    delete baseline.nextVersion;
    const ratio = (a, b) => (a && b ? Number((a / b).toFixed(1)) : null);
    const run = {
      subscribers: count,
      graphql,
      rawRedis: baseline,
      p50Ratio: ratio(graphql.latencyMs.p50, baseline.latencyMs.p50),
      p99Ratio: ratio(graphql.latencyMs.p99, baseline.latencyMs.p99),
    };
    runs.push(run);
    process.stdout.write(
      `N=${count}: graphql p50 ${graphql.latencyMs.p50} ms p99 ${graphql.latencyMs.p99} ms max ${graphql.latencyMs.max} ms ` +
        `(${graphql.deliveries}/${graphql.expectedDeliveries} delivered, ${graphql.outOfScope} out of scope, ` +
        `api CPU ${graphql.apiCpuPercent} %, RSS ${graphql.apiIdleRssMegabytes}->${graphql.apiSubscribedRssMegabytes} MB ` +
        `= ${graphql.apiRssPerIdleSubscriberKilobytes} KB per idle subscriber (heap ${graphql.apiHeapPerIdleSubscriberKilobytes} KB), peak ${graphql.apiPeakRssMegabytes} MB); ` +
        `raw Redis p50 ${baseline.latencyMs.p50} ms p99 ${baseline.latencyMs.p99} ms max ${baseline.latencyMs.max} ms; ` +
        `ratio p50 ${run.p50Ratio} p99 ${run.p99Ratio}\n`,
    );
  }
  const report = { rate: RATE, seconds: SECONDS, teams: TEAMS, agentsPerTeam: AGENTS_PER_TEAM, runs };
  await mkdir(path.dirname(results), { recursive: true });
  await writeFile(results, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`written to ${results}\n`);
} finally {
  await dropDatabase(databaseUrl);
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
