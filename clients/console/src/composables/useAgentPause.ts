import { ref } from 'vue';
import {
  AgentPauseDocument,
  AgentUnpauseDocument,
  PauseReasonsDocument,
  type PauseReasonsQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type PauseReason = PauseReasonsQuery['pauses']['nodes'][number];

/**
 * Pausing with a reason and unpausing. The answers are not applied here: the live state comes
 * from the subscription, and the store drops an answer older than what it already shows.
 */
export function useAgentPause() {
  const api = useRequester();
  const reasons = ref<PauseReason[]>([]);

  const load = useAction(async () => {
    reasons.value = (await api.request(PauseReasonsDocument, {})).pauses.nodes;
  });
  const pause = useAction((pauseId: string) => api.request(AgentPauseDocument, { pauseId }));
  const unpause = useAction(() => api.request(AgentUnpauseDocument, {}));

  return { reasons, load, pause, unpause };
}
