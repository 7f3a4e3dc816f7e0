import 'reflect-metadata';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { runWorkerProcess } from '../common/worker-process.js';
import { startTelephonyConfigWorker } from './telephony-config.worker.js';

await runWorkerProcess('telephony-config', async ({ config, orm, events, logger }) => {
  const telephony = loadTelephonyConfig();
  const amiOptions = await amiClientOptions(telephony, logger);
  return startTelephonyConfigWorker({ config, telephony, amiOptions, orm, events, logger });
});
