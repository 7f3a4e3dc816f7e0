import { onMounted, ref } from 'vue';

/**
 * A form that opens on a click takes the focus to its first field, so a keyboard or screen
 * reader user lands in it rather than staying on the button that opened it.
 */
export function useFocusFirstField() {
  const form = ref<HTMLFormElement | null>(null);
  onMounted(() => form.value?.querySelector<HTMLElement>('input, select, textarea')?.focus());
  return form;
}
