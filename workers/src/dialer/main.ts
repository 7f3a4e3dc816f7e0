import 'reflect-metadata';
import { AgentStateStore } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { startDialerWorker } from './dialer.worker.js';

await runWorkerProcess('dialer', async ({ config, orm, events, redis, logger }) =>
  startDialerWorker({
    config,
    amiOptions: await amiClientOptions(loadTelephonyConfig(), logger),
    orm,
    events,
    store: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
  }),
);
