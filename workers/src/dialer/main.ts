import 'reflect-metadata';
import { AgentStateStore } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { withAmiMetrics } from '../common/ami.metrics.js';
import { startDialerWorker } from './dialer.worker.js';

await runWorkerProcess('dialer', async ({ config, orm, events, redis, logger, metrics }) =>
  startDialerWorker({
    config,
    amiOptions: withAmiMetrics(await amiClientOptions(loadTelephonyConfig(), logger), metrics),
    orm,
    events,
    store: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
    metrics,
  }),
);
