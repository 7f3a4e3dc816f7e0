import { computed } from 'vue';
import { MySpySessionDocument, SpyAgentDocument, StopSpyingDocument, type SpyMode } from '@/generated/graphql';
import { useSpyStore } from '@/stores';
import { useAction } from './useAction';
import { useSupervisorError } from './useForceActions';
import { useRequester } from './useRequester';

export const SPY_MODES: readonly SpyMode[] = ['LISTEN', 'WHISPER', 'BARGE'];

/**
 * Spy, whisper and barge on one agent's call from the supervisor's own webphone (the server calls
 * it and the webphone answers by itself). Choosing another mode on the same agent changes the
 * mode of the same call; choosing another agent first ends the session on the first one.
 */
export function useSpy(agentId: () => string, callId: () => string | null) {
  const api = useRequester();
  const store = useSpyStore();
  const describe = useSupervisorError();

  /** The session on this agent's current call; one on a call that ended is no longer shown. */
  const session = computed(() => {
    const held = store.session;
    return held && held.agentId === agentId() && held.callId === callId() ? held : null;
  });

  const spy = useAction(async (mode: SpyMode) => {
    const held = store.session;
    if (held && held.agentId !== agentId()) {
      await api.request(StopSpyingDocument);
      store.set(null);
    }
    const { spyAgent } = await api.request(SpyAgentDocument, { agentId: agentId(), mode });
    store.set(spyAgent);
  });
  const stop = useAction(async () => {
    await api.request(StopSpyingDocument);
    store.set(null);
  });

  const error = computed(() => spy.error.value ?? stop.error.value);
  return {
    session,
    mode: computed(() => session.value?.mode ?? null),
    spy,
    stop,
    pending: computed(() => spy.pending.value || stop.pending.value),
    message: computed(() => (error.value ? describe(error.value) : '')),
  };
}

/** Reads the supervisor's running session once (after a reload the STOP button is still there). */
export function useSpySessionLoader() {
  const api = useRequester();
  const store = useSpyStore();
  return useAction(async () => {
    store.set((await api.request(MySpySessionDocument)).mySpySession ?? null);
  });
}
