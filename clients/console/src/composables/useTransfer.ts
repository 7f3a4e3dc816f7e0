import { computed, ref } from 'vue';
import {
  CancelCallTransferDocument,
  CompleteCallTransferDocument,
  ConferenceCallDocument,
  TransferCallDocument,
  TransferTargetsDocument,
  type TransferTargetsQuery,
  type TransferMode,
  type TransferTargetType,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type TransferAgent = TransferTargetsQuery['transferTargets']['agents'][number];
export type TransferCampaign = TransferTargetsQuery['transferTargets']['campaigns'][number];

export interface TransferRequest {
  mode: TransferMode;
  targetType: TransferTargetType;
  agentId?: string;
  campaignId?: string;
  number?: string;
}

/**
 * Blind and consultative transfer to an agent, a number or an inbound campaign. A consultative
 * transfer stays open (`consulting`) until the agent completes it, cancels it or conferences.
 */
export function useTransfer(selfAgentId: () => string | null) {
  const api = useRequester();
  const agents = ref<TransferAgent[]>([]);
  const campaigns = ref<TransferCampaign[]>([]);
  const consulting = ref(false);
  const conferenced = ref(false);

  const availableAgents = computed(() =>
    agents.value.filter((agent) => agent.agentId !== selfAgentId() && agent.available),
  );

  const loadTargets = useAction(async () => {
    const { transferTargets } = await api.request(TransferTargetsDocument, {});
    agents.value = transferTargets.agents;
    campaigns.value = transferTargets.campaigns;
  });

  const transfer = useAction(async (request: TransferRequest) => {
    await api.request(TransferCallDocument, { input: request });
    consulting.value = request.mode === 'CONSULTATIVE';
    conferenced.value = false;
  });
  const complete = useAction(async () => {
    await api.request(CompleteCallTransferDocument, {});
    consulting.value = false;
  });
  const cancel = useAction(async () => {
    await api.request(CancelCallTransferDocument, {});
    consulting.value = false;
    conferenced.value = false;
  });
  const conference = useAction(async () => {
    await api.request(ConferenceCallDocument, {});
    conferenced.value = true;
  });

  return {
    agents,
    availableAgents,
    campaigns,
    consulting,
    conferenced,
    loadTargets,
    transfer,
    complete,
    cancel,
    conference,
  };
}
