import { computed, ref, watch } from 'vue';
import { CallContactDocument, CallContextDocument, type CallContextQuery } from '@/generated/graphql';
import { useLiveAgent } from './foundation';
import { useRequester } from './useRequester';

export type CallCampaign = CallContextQuery['campaign'];

/** A short name for a contact: its first values that are not phone numbers. */
export function contactLabel(data: Record<string, unknown>, phoneColumns: readonly string[] = []): string {
  return Object.entries(data)
    .filter(
      ([key, value]) =>
        !phoneColumns.includes(key) && typeof value === 'string' && value && !/^\+?\d[\d\s-]+$/.test(value),
    )
    .slice(0, 2)
    .map(([, value]) => String(value))
    .join(' ');
}

/** The campaign and contact of the agent's current call, fetched as calls come and go. */
export function useCallContext() {
  const api = useRequester();
  const agent = useLiveAgent();
  const campaign = ref<CallCampaign | null>(null);
  const contactData = ref<Record<string, unknown> | null>(null);

  watch(
    () => agent.value?.callCampaignId ?? null,
    async (campaignId) => {
      if (!campaignId) return void (campaign.value = null);
      if (campaign.value?.id === campaignId) return;
      const answer = await api.request(CallContextDocument, { campaignId }).catch(() => null);
      if (agent.value?.callCampaignId === campaignId) campaign.value = answer?.campaign ?? null;
    },
    { immediate: true },
  );

  watch(
    () => agent.value?.contactId ?? null,
    async (contactId) => {
      contactData.value = null;
      if (!contactId) return;
      const answer = await api.request(CallContactDocument, { contactId }).catch(() => null);
      if (agent.value?.contactId === contactId) contactData.value = answer?.contact.data ?? null;
    },
    { immediate: true },
  );

  const contactName = computed(() =>
    contactData.value ? contactLabel(contactData.value, campaign.value?.contactDatabase?.phoneColumns ?? []) : null,
  );

  return { agent, campaign, contactName };
}
