import { computed, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { serverErrorMessage } from '../i18n/server-error';

/**
 * One user gesture that calls the API: whether it is running, and its error in the agent's
 * language. `execute` never throws, so a template can call it directly.
 */
export function useAction<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const i18n = useI18n();
  const pending = ref(false);
  const error = shallowRef<unknown>(null);
  const message = computed(() => (error.value ? serverErrorMessage(i18n, error.value) : ''));

  async function execute(...args: A): Promise<R | undefined> {
    pending.value = true;
    error.value = null;
    try {
      return await run(...args);
    } catch (caught) {
      error.value = caught;
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  return { pending, error, message, execute };
}
