import { computed } from 'vue';
import { loadToken } from '../api';
import { useShift } from '../shift';
import { useSessionStore } from '../stores/session';

/** Login, logout and who is logged in. */
export function useSession() {
  const session = useSessionStore();
  const shift = useShift();
  return {
    isAuthenticated: computed(() => session.isAuthenticated),
    me: computed(() => session.me),
    /** The agent group's settings (hold allowed, auto-attend, forced disposition...). */
    group: computed(() => session.group),
    permissions: computed(() => session.permissions),
    /** Throws SwitchboardError (reason e.g. INVALID_CREDENTIALS, LOCKED) on refusal. */
    login: (username: string, password: string) => shift.login(username, password),
    logout: () => shift.logout(),
    /** Resumes after a reload with the token kept in sessionStorage; false when there is none. */
    restore: () => shift.restore(loadToken()),
  };
}
