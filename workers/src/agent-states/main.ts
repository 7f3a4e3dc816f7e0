import 'reflect-metadata';
import { AgentStateStore } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { withAmiMetrics } from '../common/ami.metrics.js';
import { startAgentStatesWorker } from './agent-states.worker.js';

await runWorkerProcess('agent-states', async ({ config, orm, events, redis, logger, metrics }) =>
  startAgentStatesWorker({
    config,
    amiOptions: withAmiMetrics(await amiClientOptions(loadTelephonyConfig(), logger), metrics),
    orm,
    events,
    store: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
  }),
);
