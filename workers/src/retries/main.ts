import 'reflect-metadata';
import { runWorkerProcess } from '../common/worker-process.js';
import { startRetriesWorker } from './retries.worker.js';

await runWorkerProcess('retries', ({ config, orm, events, logger }) =>
  startRetriesWorker({ config, orm, events, logger }),
);
