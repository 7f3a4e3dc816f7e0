import { computed, shallowRef } from 'vue';
import { useAction } from './useAction';
import { useAdminError } from './useAdminError';

export interface CollectionOperations<Row, Input> {
  list(): Promise<Row[]>;
  create(input: Input): Promise<Row>;
  update(id: string, input: Input): Promise<Row>;
  remove(id: string): Promise<unknown>;
}

/**
 * One administration list: its rows, the row being edited (or a new one), saving and deleting
 * with the server's refusal kept next to the form or the row it concerns. Rows are replaced by
 * the server's answer, never patched locally, so the list shows what was stored.
 */
export function useAdminCollection<Row extends { id: string }, Input>(operations: CollectionOperations<Row, Input>) {
  const errors = useAdminError();
  const rows = shallowRef<Row[]>([]);
  /** The row in the form; null with `creating` for a new one, null without it: no form. */
  const editing = shallowRef<Row | null>(null);
  const creating = shallowRef(false);
  const removingId = shallowRef<string | null>(null);

  const load = useAction(async () => {
    rows.value = await operations.list();
  });

  const save = useAction(async (input: Input) => {
    const current = editing.value;
    if (current) {
      const saved = await operations.update(current.id, input);
      rows.value = rows.value.map((row) => (row.id === saved.id ? saved : row));
    } else {
      rows.value = [...rows.value, await operations.create(input)];
    }
    close();
    return true;
  });

  const remove = useAction(async (row: Row) => {
    removingId.value = row.id;
    await operations.remove(row.id);
    rows.value = rows.value.filter((other) => other.id !== row.id);
    removingId.value = null;
  });

  function open(row: Row | null) {
    save.error.value = null;
    editing.value = row;
    creating.value = row === null;
  }

  function close() {
    editing.value = null;
    creating.value = false;
  }

  const formOpen = computed(() => creating.value || editing.value !== null);
  const saveMessage = computed(() => errors.message(save.error.value));
  const fieldErrors = computed(() => errors.fields(save.error.value));
  const loadMessage = computed(() => errors.message(load.error.value));
  const removeMessage = computed(() => errors.message(remove.error.value));

  return {
    rows,
    editing,
    creating,
    formOpen,
    open,
    close,
    load,
    save,
    remove,
    removingId,
    saveMessage,
    fieldErrors,
    loadMessage,
    removeMessage,
  };
}
