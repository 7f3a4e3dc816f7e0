import 'reflect-metadata';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { withAmiMetrics } from '../common/ami.metrics.js';
import { startCallEventsWorker } from './call-events.worker.js';

await runWorkerProcess('call-events', async ({ config, orm, events, logger, metrics }) =>
  startCallEventsWorker({
    config,
    amiOptions: withAmiMetrics(await amiClientOptions(loadTelephonyConfig(), logger), metrics),
    orm,
    events,
    logger,
    metrics,
  }),
);
