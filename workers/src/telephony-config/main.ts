import 'reflect-metadata';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { withAmiMetrics } from '../common/ami.metrics.js';
import { startTelephonyConfigWorker } from './telephony-config.worker.js';

await runWorkerProcess('telephony-config', async ({ config, orm, events, logger, metrics }) => {
  const telephony = loadTelephonyConfig();
  const amiOptions = withAmiMetrics(await amiClientOptions(telephony, logger), metrics);
  return startTelephonyConfigWorker({ config, telephony, amiOptions, orm, events, logger });
});
