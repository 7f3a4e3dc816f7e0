import 'reflect-metadata';
import { runWorkerProcess } from '../common/worker-process.js';
import { startRecyclerWorker } from './recycler.worker.js';

await runWorkerProcess('recycler', ({ config, orm, events, logger, metrics }) =>
  startRecyclerWorker({ config, orm, events, logger, metrics }),
);
