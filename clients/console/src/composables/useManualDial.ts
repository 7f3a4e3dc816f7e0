import { computed, ref } from 'vue';
import {
  AgentCampaignsDocument,
  CallAgentDocument,
  DialManualDocument,
  ManualCallCandidatesDocument,
  type AgentCampaignsQuery,
  type DialManualInput,
  type ManualCallCandidatesQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';
import { useTransferTargets, type TargetAgent } from './useTransferTargets';

export type DialCampaign = AgentCampaignsQuery['campaigns']['nodes'][number];
export type Candidate = ManualCallCandidatesQuery['manualCallCandidates'][number];
export type DialAgent = TargetAgent;

/** The pseudo campaign of a call outside any campaign (when the group allows it). */
export const OUT_OF_CAMPAIGN = '';

/**
 * A manual call as the manual describes it: choose the campaign, type the number, pick one of
 * the contacts that have it (in any phone column) or create one, then dial; or call outside any
 * campaign, or another agent, when the group allows.
 */
export function useManualDial() {
  const api = useRequester();
  const campaigns = ref<DialCampaign[]>([]);
  // The agents one may call are the ones one may transfer to: the server's transferTargets.
  const { agents, load: loadAgents } = useTransferTargets();
  const campaignId = ref<string>(OUT_OF_CAMPAIGN);
  const phone = ref('');
  const candidates = ref<Candidate[] | null>(null);
  const placed = ref<string | null>(null);

  const campaign = computed(() => campaigns.value.find((c) => c.id === campaignId.value) ?? null);
  const phoneColumns = computed(() => campaign.value?.contactDatabase?.phoneColumns ?? []);
  const newContactColumns = computed(() => {
    const hidden = new Set(campaign.value?.hiddenContactFields ?? []);
    const phones = new Set(phoneColumns.value.slice(0, 1));
    return (campaign.value?.contactDatabase?.columns ?? []).filter((c) => !hidden.has(c) && !phones.has(c));
  });

  const load = useAction(async () => {
    campaigns.value = (await api.request(AgentCampaignsDocument, {})).campaigns.nodes;
    if (!campaignId.value && campaigns.value[0]) campaignId.value = campaigns.value[0].id;
  });
  const search = useAction(async () => {
    placed.value = null;
    candidates.value = campaignId.value
      ? (await api.request(ManualCallCandidatesDocument, { campaignId: campaignId.value, phone: phone.value.trim() }))
          .manualCallCandidates
      : [];
  });

  const dial = useAction(async (choice: Pick<DialManualInput, 'contactId' | 'phoneColumn' | 'createContact'> = {}) => {
    const input: DialManualInput = { campaignId: campaignId.value || null, ...choice };
    if (!choice.phoneColumn) input.phone = phone.value.trim();
    placed.value = (await api.request(DialManualDocument, { input })).dialManual.phone;
  });
  const callAgent = useAction(async (agentId: string) => {
    placed.value = (await api.request(CallAgentDocument, { agentId })).callAgent.phone;
  });

  function reset() {
    candidates.value = null;
    placed.value = null;
  }

  return {
    campaigns,
    agents,
    campaignId,
    campaign,
    phone,
    candidates,
    phoneColumns,
    newContactColumns,
    placed,
    load,
    loadAgents,
    search,
    dial,
    callAgent,
    reset,
  };
}
