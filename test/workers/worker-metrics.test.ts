// Every worker process serves its metrics when METRICS_PORT is set, to a scraper presenting
// METRICS_TOKEN only: in process through the worker-process helper (the recycler, whose queue
// depth and jobs must show and move), and as the built process a deployment runs (retries).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import { RECYCLE_QUEUE, bullmqPrefix } from '@switchboard/schema';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startWorkerProcess } from '../../workers/src/common/worker-process.js';
import { startRecyclerWorker } from '../../workers/src/recycler/recycler.worker.js';
import { metricSample } from '../support/metrics-text.js';
import { pollUntil } from '../support/poll-until.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

function environment(scope: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    // A prefix of the file's own: the recycle queue here is this test's alone.
    REDIS_PREFIX: `${inject('redisPrefix')}${scope}-${randomUUID().slice(0, 8)}:`,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    METRICS_PORT: '0',
    METRICS_TOKEN: TOKEN,
    ...overrides,
  };
}

const scrape = (port: number, token?: string) =>
  fetch(`http://127.0.0.1:${port}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('a worker process with METRICS_PORT', () => {
  it('serves /metrics to the token only, with the recycle queue depth and the jobs it ran', async () => {
    const config = loadWorkersConfig(environment('recycler-metrics'));
    const running = await startWorkerProcess('recycler', config, ({ orm, events, logger, metrics }) =>
      startRecyclerWorker({ config, orm, events, logger, metrics }),
    );
    const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(RECYCLE_QUEUE, { connection, prefix: bullmqPrefix(config.REDIS_PREFIX) });
    try {
      const port = running.metricsAddress!.port;
      expect(running.metricsAddress!.address).toBe('127.0.0.1');
      expect((await scrape(port)).status).toBe(401);
      expect((await scrape(port, `${TOKEN}-not`)).status).toBe(401);
      const first = await scrape(port, TOKEN);
      expect(first.status).toBe(200);
      const text = await first.text();
      expect(text).toContain('switchboard_process_cpu_seconds_total{service="recycler"}');
      expect(metricSample(text, 'switchboard_job_queue_jobs', { queue: RECYCLE_QUEUE, state: 'delayed' })).toBe(0);

      // A job scheduled for later, and one for a run that does not exist (refused: fails at once).
      await queue.add('recycle', { runId: randomUUID() }, { delay: 600_000 });
      await queue.add('recycle', { runId: randomUUID() }, { attempts: 1 });
      const after = await pollUntil(
        async () => (await scrape(port, TOKEN)).text(),
        (body) =>
          metricSample(body, 'switchboard_jobs_processed_total', { queue: RECYCLE_QUEUE, result: 'failed' }) === 1,
        { timeoutMs: 15_000, what: 'the failed job to be counted' },
      );
      expect(metricSample(after, 'switchboard_job_queue_jobs', { queue: RECYCLE_QUEUE, state: 'delayed' })).toBe(1);
      expect(metricSample(after, 'switchboard_job_queue_jobs', { queue: RECYCLE_QUEUE, state: 'failed' })).toBe(1);
    } finally {
      await queue.close();
      connection.disconnect();
      await running.close();
    }
  });

  it('serves nothing without METRICS_PORT', async () => {
    const config = loadWorkersConfig(environment('no-metrics', { METRICS_PORT: '' }));
    const running = await startWorkerProcess('retries', config, () => ({ close: async () => undefined }));
    try {
      expect(running.metricsAddress).toBeNull();
    } finally {
      await running.close();
    }
  });

  it('is how the built worker runs: the retries process answers a scrape on its port', async () => {
    const main = fileURLToPath(new URL('../../workers/dist/retries/main.js', import.meta.url));
    if (!existsSync(main)) throw new Error(`${main} is missing: run npx tsc -b first (npm test builds)`);
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...environment('retries-metrics', { LOG_LEVEL: 'info' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no metrics address logged in 20 s')), 20_000);
        child.once('exit', (code) => reject(new Error(`retries exited with ${code}`)));
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const entry = JSON.parse(line) as { msg?: string; address?: { port: number } };
          if (entry.msg === 'metrics at /metrics' && entry.address) {
            clearTimeout(timer);
            resolve(entry.address.port);
          }
        });
      });
      expect((await scrape(port)).status).toBe(401);
      const body = await (await scrape(port, TOKEN)).text();
      expect(body).toContain('switchboard_nodejs_eventloop_lag_seconds{service="retries"}');
    } finally {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  });
});
