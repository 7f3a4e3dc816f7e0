import { ref } from 'vue';
import {
  AgentPauseDocument,
  AgentUnpauseDocument,
  PauseReasonsDocument,
  type PauseReasonsQuery,
} from '@/generated/graphql';
import { useAgentStateStore } from '@/stores';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type PauseReason = PauseReasonsQuery['pauses']['nodes'][number];

/**
 * Pausing with a reason and unpausing. The answer goes through the store's version check, so
 * the bar changes at once yet an answer arriving after a newer event changes nothing.
 */
export function useAgentPause() {
  const api = useRequester();
  const store = useAgentStateStore();
  const reasons = ref<PauseReason[]>([]);

  const load = useAction(async () => {
    reasons.value = (await api.request(PauseReasonsDocument, {})).pauses.nodes;
  });
  const pause = useAction(async (pauseId: string) =>
    store.answer((await api.request(AgentPauseDocument, { pauseId })).agentPause),
  );
  const unpause = useAction(async () => store.answer((await api.request(AgentUnpauseDocument, {})).agentUnpause));

  return { reasons, load, pause, unpause };
}
