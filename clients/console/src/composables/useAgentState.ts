import { computed, ref } from 'vue';
import { useApi } from '../api';
import {
  AgentLoginDocument,
  AgentLogoutDocument,
  AgentPauseDocument,
  AgentUnpauseDocument,
} from '../generated/graphql';
import { displayState, type AgentLive, useAgentStateStore } from '../stores/agentState';
import { useServerClock } from './useServerClock';

/**
 * The agent's live state and the actions that change it. A mutation's answer goes through the
 * store's version check: arriving after a newer event, it changes nothing.
 */
export function useAgentState() {
  const api = useApi();
  const store = useAgentStateStore();
  const clock = useServerClock();
  const busy = ref(false);
  const error = ref<unknown>(null);

  async function run(action: () => Promise<AgentLive>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      store.answer(await action());
    } catch (caught) {
      error.value = caught;
      throw caught;
    } finally {
      busy.value = false;
    }
  }

  const agent = computed(() => store.mine);
  return {
    /** The live row; null while unknown or stale (after a drop, until a fresh snapshot). */
    agent,
    state: computed(() => (agent.value ? displayState(agent.value) : null)),
    stale: computed(() => store.stale),
    since: computed(() => agent.value?.since ?? null),
    /** Seconds in the current state, from the server's `since`. */
    elapsedSeconds: computed(() => clock.secondsSince(agent.value?.since)),
    /** The pause while PAUSED (ACW and SUPERVISOR included): id and name. */
    currentPause: computed(() =>
      agent.value?.state === 'PAUSED' && agent.value.pauseId
        ? { id: agent.value.pauseId, name: agent.value.pauseName }
        : null,
    ),
    /** ACW ends by itself at this server time (null: the agent unpauses, or forced disposition). */
    acwDeadline: computed(() =>
      agent.value && displayState(agent.value) === 'ACW' ? agent.value.autoUnpauseAt : null,
    ),
    acwRemainingSeconds: computed(() =>
      agent.value && displayState(agent.value) === 'ACW' ? clock.secondsUntil(agent.value.autoUnpauseAt) : null,
    ),
    dispositionPending: computed(() => agent.value?.dispositionPending ?? false),
    busy,
    error,
    login: () => run(async () => (await api.request(AgentLoginDocument)).agentLogin),
    logout: () => run(async () => (await api.request(AgentLogoutDocument)).agentLogout),
    pause: (pauseId: string) => run(async () => (await api.request(AgentPauseDocument, { pauseId })).agentPause),
    unpause: () => run(async () => (await api.request(AgentUnpauseDocument)).agentUnpause),
  };
}
