import { ref } from 'vue';
import {
  CancelCallTransferDocument,
  CompleteCallTransferDocument,
  ConferenceCallDocument,
  TransferCallDocument,
  type TransferMode,
  type TransferTargetType,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';
import { useTransferTargets, type TargetAgent, type TargetCampaign } from './useTransferTargets';

export type TransferAgent = TargetAgent;
export type TransferCampaign = TargetCampaign;

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
export function useTransfer() {
  const api = useRequester();
  const { agents, campaigns, load: loadTargets } = useTransferTargets();
  const consulting = ref(false);
  const conferenced = ref(false);

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
