export { Realtime, type RealtimeOptions } from './realtime';
export { realtimeTable, type RealtimeContext, type RealtimeEntry, type RealtimeStores } from './table';
