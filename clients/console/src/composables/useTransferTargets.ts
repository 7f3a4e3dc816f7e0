import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { TransferTargetsDocument, type TransferTargetsQuery } from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type TargetAgent = TransferTargetsQuery['transferTargets']['agents'][number];
export type TargetCampaign = TransferTargetsQuery['transferTargets']['campaigns'][number];

/**
 * The agents the agent may call or transfer to, and the inbound campaigns it may transfer to,
 * as the server decides them (transferTargets): the console shows them, it does not choose
 * them. Agents who left (OFFLINE) are not worth a line; the others come in the server's order
 * (available first) and only `available` ones can be picked.
 */
export function useTransferTargets() {
  const api = useRequester();
  const agents = ref<TargetAgent[]>([]);
  const campaigns = ref<TargetCampaign[]>([]);

  const load = useAction(async () => {
    const { transferTargets } = await api.request(TransferTargetsDocument, {});
    agents.value = transferTargets.agents.filter((agent) => agent.state !== 'OFFLINE');
    campaigns.value = transferTargets.campaigns;
  });

  return { agents, campaigns, load };
}

/** "Ana Ruiz (1002) — Paused: Lunch": who, where, and why they may not take the call. */
export function useTargetAgentLabel() {
  const { t } = useI18n();
  function stateText(agent: TargetAgent): string {
    if (agent.state !== 'PAUSED') return t(`status.state.${agent.state}`);
    if (agent.pauseId === 'ACW') return t('status.acw');
    if (agent.pauseId === 'SUPERVISOR') return t('status.supervisorPause');
    return agent.pauseName ? t('targets.paused', { pause: agent.pauseName }) : t('status.state.PAUSED');
  }
  return (agent: TargetAgent) =>
    t('targets.agent', { name: agent.displayName, extension: agent.sipExtension, state: stateText(agent) });
}
