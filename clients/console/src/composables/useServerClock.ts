import { computed, onScopeDispose, ref, type ComputedRef } from 'vue';
import { useConnectionStore } from '../stores/connection';

const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;

/**
 * The server's "now", ticking every second, for timers computed from the server's timestamps
 * (`since`, `autoUnpauseAt`): a reload or a slow tab never restarts them.
 */
export function useServerClock(): {
  now: ComputedRef<number>;
  secondsSince: (iso: string | null | undefined) => number | null;
  secondsUntil: (iso: string | null | undefined) => number | null;
} {
  const connection = useConnectionStore();
  if (users++ === 0) timer = setInterval(() => (now.value = Date.now()), 1000);
  onScopeDispose(() => {
    if (--users === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  });
  const serverNow = computed(() => now.value + (connection.serverOffsetMs ?? 0));
  return {
    now: serverNow,
    secondsSince: (iso) => (iso ? Math.max(0, Math.floor((serverNow.value - Date.parse(iso)) / 1000)) : null),
    secondsUntil: (iso) => (iso ? Math.max(0, Math.ceil((Date.parse(iso) - serverNow.value) / 1000)) : null),
  };
}
