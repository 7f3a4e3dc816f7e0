import { defineStore } from 'pinia';
import type { ConsoleUserFragment } from '../generated/graphql';

export type ConsoleUser = ConsoleUserFragment;
export type AgentGroupSettings = NonNullable<ConsoleUser['agentProfile']>['group'];

/** Which part of the console a user works in: the agent workspace, supervision or administration. */
export type ConsoleArea = 'agent' | 'supervision' | 'admin';

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
    /** An agent: an agent profile and the AGENT_CONSOLE permission. */
    isAgent: (state): boolean =>
      Boolean(state.me?.agentProfile) && (state.me?.role?.permissions ?? []).includes('AGENT_CONSOLE'),
    /** May watch and act on agents and campaigns (SUPERVISION). */
    canSupervise: (state): boolean => (state.me?.role?.permissions ?? []).includes('SUPERVISION'),
    /** May configure the inbound call flows: routes, IVRs, time conditions (TELEPHONY_MANAGE). */
    canAdminister: (state): boolean => (state.me?.role?.permissions ?? []).includes('TELEPHONY_MANAGE'),
    /**
     * Where the user lands: agents in the workspace (also an agent whose role supervises), other
     * supervisors in the supervision area, other administrators in administration; null until
     * `me` is known, or for a user with none of these.
     */
    home(): ConsoleArea | null {
      if (this.isAgent) return 'agent';
      if (this.canSupervise) return 'supervision';
      return this.canAdminister ? 'admin' : null;
    },
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
