import { computed, onScopeDispose, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useServerOffset } from './foundation';

/** The server's clock as best known here, ticking every second while the component lives. */
export function useNow(intervalMs = 1000) {
  const offset = useServerOffset();
  const local = ref(Date.now());
  const timer = setInterval(() => (local.value = Date.now()), intervalMs);
  onScopeDispose(() => clearInterval(timer));
  return computed(() => local.value + offset.value);
}

function parse(timestamp: string | null | undefined): number | null {
  if (!timestamp) return null;
  const value = Date.parse(timestamp);
  return Number.isNaN(value) ? null : value;
}

/**
 * Seconds since a server timestamp: a reload or a second tab shows the same time, which a
 * local counter started on the state change would not.
 */
export function useElapsed(since: MaybeRefOrGetter<string | null | undefined>) {
  const now = useNow();
  return computed(() => {
    const start = parse(toValue(since));
    return start === null ? null : Math.max(0, Math.floor((now.value - start) / 1000));
  });
}

/** Seconds left until a server timestamp (the ACW auto-unpause), never below zero. */
export function useCountdown(until: MaybeRefOrGetter<string | null | undefined>) {
  const now = useNow();
  return computed(() => {
    const end = parse(toValue(until));
    return end === null ? null : Math.max(0, Math.ceil((end - now.value) / 1000));
  });
}

/** 65 → "01:05", 3700 → "1:01:40". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
