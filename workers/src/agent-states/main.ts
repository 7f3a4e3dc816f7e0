import 'reflect-metadata';
import { AgentStateStore } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { startAgentStatesWorker } from './agent-states.worker.js';

await runWorkerProcess('agent-states', async ({ config, orm, events, redis, logger }) =>
  startAgentStatesWorker({
    config,
    amiOptions: await amiClientOptions(loadTelephonyConfig(), logger),
    orm,
    events,
    store: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
  }),
);
