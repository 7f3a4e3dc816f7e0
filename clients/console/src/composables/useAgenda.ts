import { ref } from 'vue';
import {
  DialManualDocument,
  MarkCallbackDoneDocument,
  MyCallbacksDocument,
  type MyCallbacksQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type AgendaEntry = MyCallbacksQuery['callbacks']['nodes'][number];

/** The agent's personal agenda: pending callbacks by time; call one now, mark it done. */
export function useAgenda() {
  const api = useRequester();
  const entries = ref<AgendaEntry[]>([]);
  const calling = ref<string | null>(null);

  const load = useAction(async () => {
    entries.value = (await api.request(MyCallbacksDocument, {})).callbacks.nodes;
  });

  const callNow = useAction(async (entry: AgendaEntry) => {
    await api.request(DialManualDocument, {
      input: { campaignId: entry.campaign.id, contactId: entry.contact.id, phone: entry.phone ?? entry.contact.phone },
    });
    calling.value = entry.id;
    await api.request(MarkCallbackDoneDocument, { id: entry.id });
    entries.value = entries.value.filter((e) => e.id !== entry.id);
  });

  return { entries, calling, load, callNow };
}
