/** @switchboard/workers: background processes; each has its own entry (`<worker>/main.ts`). */
export { loadWorkersConfig, type WorkersConfig } from './config.js';
export { RedisLease, type RedisLeaseOptions } from './common/redis-lease.js';
export {
  startCallEventsWorker,
  type CallEventsWorker,
  type CallEventsWorkerDeps,
} from './call-events/call-events.worker.js';
export { CallEventsProcessor } from './call-events/call-events.processor.js';
export { CallEventWriter, openCallsInLog } from './call-events/call-event.writer.js';
export { CallEventNotifier } from './call-events/call-event.notifier.js';
export {
  startTelephonyConfigWorker,
  type TelephonyConfigWorker,
  type TelephonyConfigWorkerDeps,
} from './telephony-config/telephony-config.worker.js';
export { startRetriesWorker, type RetriesWorker, type RetriesWorkerDeps } from './retries/retries.worker.js';
export { startRecyclerWorker, type RecyclerWorker, type RecyclerWorkerDeps } from './recycler/recycler.worker.js';
