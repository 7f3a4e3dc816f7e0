import type { CallQuality, CallState, RegistrationState } from './events';
import type { Webphone } from './webphone';

/** What browser tests read on `window.__switchboardWebphone`. */
export interface WebphoneTestHook {
  registration: RegistrationState;
  registrationCause: string | null;
  call: { id: string; state: CallState; autoAnswer: boolean; remoteNumber: string | null; muted: boolean } | null;
  lastStats: CallQuality | null;
  /** Every call state seen, in order, for assertions after the fact. */
  history: Array<{ id: string; state: CallState; at: number }>;
}

declare global {
  interface Window {
    __switchboardWebphone?: WebphoneTestHook;
  }
}

export function installTestHook(webphone: Webphone, target: Window = window): WebphoneTestHook {
  const hook: WebphoneTestHook = {
    registration: webphone.registration,
    registrationCause: null,
    call: null,
    lastStats: null,
    history: [],
  };
  target.__switchboardWebphone = hook;
  webphone.on('registration', ({ state, cause }) => {
    hook.registration = state;
    hook.registrationCause = cause;
  });
  webphone.on('call', ({ call }) => {
    const view = {
      id: call.id,
      state: call.state,
      autoAnswer: call.autoAnswer,
      remoteNumber: call.remoteNumber,
      muted: false,
    };
    hook.call = view;
    hook.history.push({ id: call.id, state: call.state, at: Date.now() });
    call.on('state', ({ state }) => {
      view.state = state;
      hook.history.push({ id: call.id, state, at: Date.now() });
    });
    call.on('muted', ({ muted }) => (view.muted = muted));
    call.on('quality', (quality) => (hook.lastStats = quality));
  });
  return hook;
}
