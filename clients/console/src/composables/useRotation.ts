import { computed, onScopeDispose, ref, toValue, type MaybeRefOrGetter } from 'vue';

/** Shows the items in turn, one every `seconds` (the wallboard's campaigns). */
export function useRotation<T>(items: MaybeRefOrGetter<readonly T[]>, seconds: MaybeRefOrGetter<number>) {
  const index = ref(0);
  let timer: ReturnType<typeof setInterval> | null = null;
  const restart = () => {
    if (timer) clearInterval(timer);
    timer = setInterval(() => (index.value += 1), Math.max(1, toValue(seconds)) * 1000);
  };
  restart();
  onScopeDispose(() => {
    if (timer) clearInterval(timer);
  });
  const current = computed(() => {
    const list = toValue(items);
    return list.length === 0 ? null : (list[index.value % list.length] ?? null);
  });
  return { current, index, restart };
}
