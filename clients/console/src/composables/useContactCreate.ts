import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CreateCampaignContactDocument, NewContactShapeDocument, type NewContactShapeQuery } from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/**
 * A contact for a call that has none (an unknown inbound caller): the campaign's columns the
 * agent may see, the main phone filled with the caller's number.
 */
export function useContactCreate(source: MaybeRefOrGetter<{ campaignId: string | null; phone: string | null }>) {
  const api = useRequester();
  const shape = ref<NewContactShapeQuery['campaign'] | null>(null);
  const values = reactive<Record<string, string>>({});

  const columns = computed(() => {
    const hidden = new Set(shape.value?.hiddenContactFields ?? []);
    return (shape.value?.contactDatabase?.columns ?? []).filter((column) => !hidden.has(column));
  });
  const available = computed(() => shape.value?.contactDatabase !== null && columns.value.length > 0);

  const load = useAction(async () => {
    const { campaignId, phone } = toValue(source);
    shape.value = campaignId ? (await api.request(NewContactShapeDocument, { campaignId })).campaign : null;
    const main = shape.value?.contactDatabase?.phoneColumns[0];
    if (main && phone) values[main] = phone;
  });
  watch(
    () => toValue(source).campaignId,
    () => load.execute(),
    { immediate: true },
  );

  const create = useAction(async () => {
    const { campaignId } = toValue(source);
    if (!campaignId) return null;
    const data = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    return (await api.request(CreateCampaignContactDocument, { campaignId, data })).createCampaignContact.id;
  });

  return { columns, available, values, load, create };
}
