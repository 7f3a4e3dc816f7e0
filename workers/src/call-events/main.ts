import 'reflect-metadata';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { startCallEventsWorker } from './call-events.worker.js';

await runWorkerProcess('call-events', async ({ config, orm, events, logger }) =>
  startCallEventsWorker({
    config,
    amiOptions: await amiClientOptions(loadTelephonyConfig(), logger),
    orm,
    events,
    logger,
  }),
);
