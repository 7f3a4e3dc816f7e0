import { defineStore } from 'pinia';
import type { ConsoleUserFragment } from '../generated/graphql';

export type ConsoleUser = ConsoleUserFragment;
export type AgentGroupSettings = NonNullable<ConsoleUser['agentProfile']>['group'];

export interface SessionState {
  token: string | null;
  me: ConsoleUser | null;
}

/** Who is logged in: the token and the `me` row. Persisting the token is src/api's job. */
export const useSessionStore = defineStore('session', {
  state: (): SessionState => ({ token: null, me: null }),
  getters: {
    isAuthenticated: (state): boolean => state.token !== null,
    agentProfileId: (state): string | null => state.me?.agentProfile?.id ?? null,
    group: (state): AgentGroupSettings | null => state.me?.agentProfile?.group ?? null,
    permissions: (state): readonly string[] => state.me?.role?.permissions ?? [],
  },
  actions: {
    setToken(token: string | null) {
      this.token = token;
    },
    setMe(me: ConsoleUser | null) {
      this.me = me;
    },
    clear() {
      this.token = null;
      this.me = null;
    },
  },
});
