import { computed, ref } from 'vue';
import {
  AgentCampaignsDocument,
  CallPreviewContactDocument,
  NextPreviewContactDocument,
  ReleasePreviewContactDocument,
  type AgentCampaignsQuery,
  type NextPreviewContactMutation,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

type PreviewCampaign = AgentCampaignsQuery['campaigns']['nodes'][number];
export type PreviewItem = NonNullable<NextPreviewContactMutation['nextPreviewContact']>;

/**
 * Preview campaigns: ask for the next contact (reserved for this agent), call it on any of its
 * phone columns, or skip it (released back to the others) and take the next.
 */
export function usePreview() {
  const api = useRequester();
  const campaigns = ref<PreviewCampaign[]>([]);
  const campaignId = ref('');
  const current = ref<PreviewItem | null>(null);
  const exhausted = ref(false);
  const calledPhone = ref<string | null>(null);

  const campaign = computed(() => campaigns.value.find((c) => c.id === campaignId.value) ?? null);
  const phoneColumns = computed(() => campaign.value?.contactDatabase?.phoneColumns ?? []);

  const load = useAction(async () => {
    const all = (await api.request(AgentCampaignsDocument, {})).campaigns.nodes;
    campaigns.value = all.filter((c) => c.type === 'PREVIEW');
    if (!campaignId.value && campaigns.value[0]) campaignId.value = campaigns.value[0].id;
  });

  const next = useAction(async () => {
    calledPhone.value = null;
    current.value = (
      await api.request(NextPreviewContactDocument, { campaignId: campaignId.value })
    ).nextPreviewContact;
    exhausted.value = current.value === null;
  });

  const call = useAction(async (phoneColumn: string | null) => {
    if (!current.value) return;
    const answer = await api.request(CallPreviewContactDocument, {
      assignmentId: current.value.assignment.id,
      phoneColumn,
    });
    calledPhone.value = answer.callPreviewContact.phone;
  });

  const skip = useAction(async () => {
    if (!current.value) return;
    await api.request(ReleasePreviewContactDocument, { assignmentId: current.value.assignment.id });
    current.value = null;
    await next.execute();
  });

  return { campaigns, campaignId, campaign, current, exhausted, calledPhone, phoneColumns, load, next, call, skip };
}
