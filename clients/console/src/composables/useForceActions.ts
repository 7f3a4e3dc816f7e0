import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { ForceAgentLogoutDocument, ForceAgentPauseDocument, ForceAgentUnpauseDocument } from '@/generated/graphql';
import { serverErrorMessage } from '@/i18n/server-error';
import { useSupervisedAgentsStore } from '@/stores';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/**
 * The supervisor's error in its own words: `supervision.reason.*` where the agent-facing wording
 * would mislead ("You are not logged in" is about the agent here), else the shared catalogue.
 */
export function useSupervisorError() {
  const i18n = useI18n();
  return (error: unknown): string => {
    const reason = (error as { reason?: string } | null)?.reason;
    if (reason && i18n.te(`supervision.reason.${reason}`)) return i18n.t(`supervision.reason.${reason}`);
    return serverErrorMessage(i18n, error);
  };
}

/** Force pause (a pause, or null for the SUPERVISOR pause), unpause and logout of one agent. */
export function useForceActions(agentId: () => string) {
  const api = useRequester();
  const store = useSupervisedAgentsStore();
  const describe = useSupervisorError();

  const pause = useAction(async (pauseId: string | null) => {
    const { forceAgentPause } = await api.request(ForceAgentPauseDocument, { agentId: agentId(), pauseId });
    store.answer(forceAgentPause);
  });
  const unpause = useAction(async () => {
    const { forceAgentUnpause } = await api.request(ForceAgentUnpauseDocument, { agentId: agentId() });
    store.answer(forceAgentUnpause);
  });
  const logout = useAction(async () => {
    const { forceAgentLogout } = await api.request(ForceAgentLogoutDocument, { agentId: agentId() });
    store.answer(forceAgentLogout);
  });

  const error = computed(() => pause.error.value ?? unpause.error.value ?? logout.error.value);
  const message = computed(() => (error.value ? describe(error.value) : ''));
  const pending = computed(() => pause.pending.value || unpause.pending.value || logout.pending.value);
  return { pause, unpause, logout, message, pending };
}
