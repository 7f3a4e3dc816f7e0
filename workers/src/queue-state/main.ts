import 'reflect-metadata';
import { AgentStateStore, InboundQueueStore } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { startQueueStateWorker } from './queue-state.worker.js';

await runWorkerProcess('queue-state', async ({ config, orm, events, redis, logger }) =>
  startQueueStateWorker({
    config,
    amiOptions: await amiClientOptions(loadTelephonyConfig(), logger),
    orm,
    events,
    store: new InboundQueueStore(redis, config.REDIS_PREFIX),
    agentStates: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
  }),
);
