import { computed } from 'vue';
import { useConnectionStore } from '../stores/connection';

/** The API link for the banner: while degraded, live data is hidden until a fresh snapshot. */
export function useConnection() {
  const connection = useConnectionStore();
  return {
    status: computed(() => connection.status),
    isConnected: computed(() => connection.isConnected),
    isDegraded: computed(() => connection.isDegraded),
    reconnects: computed(() => connection.reconnects),
    changedAt: computed(() => connection.changedAt),
  };
}
