import { computed, inject, type ComputedRef, type InjectionKey } from 'vue';
import {
  useAgentStateStore,
  useCallsStore,
  useConnectionStore,
  useSessionStore,
  useWebphoneStore,
  type AgentLive,
} from '@/stores';

/**
 * What the screens read of the foundation, in one place: state from its stores, gestures that
 * need the SIP client or the session through `FoundationActions` (provided by main.ts from the
 * foundation's composables). Screens import only this file, so the wiring changes here alone.
 */

export type LiveAgent = AgentLive;

export interface FoundationActions {
  answer(): void | Promise<void>;
  hangup(): void | Promise<void>;
  setMuted(muted: boolean): void;
  sendDtmf(tone: string): void;
  requestMicrophone(): Promise<unknown>;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

export const foundationActionsKey: InjectionKey<FoundationActions> = Symbol('switchboard.foundation-actions');

function actions(): FoundationActions {
  const provided = inject(foundationActionsKey, null);
  if (!provided) throw new Error('Foundation actions not provided (foundationActionsKey)');
  return provided;
}

/** The agent's own live row; null while the connection is down (it may no longer be true). */
export function useLiveAgent(): ComputedRef<LiveAgent | null> {
  const store = useAgentStateStore();
  return computed(() => store.mine);
}

/** `degraded`: the socket dropped and what is on screen may be old. */
export function useApiConnection() {
  const store = useConnectionStore();
  return { status: computed(() => store.status), degraded: computed(() => store.isDegraded) };
}

/** Server clock minus local clock, so timers show the server's time in state. */
export function useServerOffset(): ComputedRef<number> {
  const store = useConnectionStore();
  return computed(() => store.serverOffsetMs ?? 0);
}

export function usePhone() {
  const store = useWebphoneStore();
  const act = actions();
  return {
    registration: computed(() => store.registration),
    /** Local ms epoch of the next registration attempt after a failure (backoff), or null. */
    retryAt: computed(() => store.retryAt),
    microphone: computed(() => store.microphone),
    requestMicrophone: () => act.requestMicrophone(),
  };
}

export function useCall() {
  const webphone = useWebphoneStore();
  const calls = useCallsStore();
  const act = actions();
  return {
    /** The browser leg while it rings or is being auto-answered. */
    incoming: computed(() => {
      const call = webphone.call;
      return call && call.direction === 'incoming' && (call.state === 'ringing' || call.state === 'connecting')
        ? call
        : null;
    }),
    /** The browser leg is connected (not while it rings). */
    established: computed(() => webphone.call?.state === 'established'),
    muted: computed(() => webphone.call?.muted ?? false),
    /** Hold and recording as the call-event log last said. */
    onHold: computed(() => calls.current?.onHold ?? false),
    recording: computed(() => calls.current?.recording ?? false),
    answer: () => act.answer(),
    hangup: () => act.hangup(),
    setMuted: (muted: boolean) => act.setMuted(muted),
    sendDtmf: (tone: string) => act.sendDtmf(tone),
  };
}

export function useSession() {
  const store = useSessionStore();
  const act = actions();
  return {
    authenticated: computed(() => store.isAuthenticated),
    me: computed(() => store.me),
    group: computed(() => store.group),
    /** The bearer token, for the HTTP routes beside GraphQL (audio upload and playback). */
    token: computed(() => store.token),
    canSupervise: computed(() => store.canSupervise),
    canAdminister: computed(() => store.canAdminister),
    login: (username: string, password: string) => act.login(username, password),
    logout: () => act.logout(),
  };
}
