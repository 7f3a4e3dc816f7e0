import 'reflect-metadata';
import { AgentStateStore, CampaignCountersStore } from '@switchboard/schema';
import { runWorkerProcess } from '../common/worker-process.js';
import { startCampaignCountersWorker } from './campaign-counters.worker.js';

await runWorkerProcess('campaign-counters', ({ config, orm, events, redis, logger }) =>
  startCampaignCountersWorker({
    config,
    orm,
    events,
    store: new CampaignCountersStore(redis, config.REDIS_PREFIX),
    agentStates: new AgentStateStore(redis, config.REDIS_PREFIX),
    logger,
  }),
);
