import type { useWebphoneStore } from '../stores/webphone';
import type { Webphone, WebphoneCall } from '../webphone';

type WebphoneStore = ReturnType<typeof useWebphoneStore>;

/** Copies the webphone's events into the store as plain data (main.ts calls it once). */
export function mirrorWebphone(webphone: Webphone, store: WebphoneStore): () => void {
  const offRegistration = webphone.on('registration', ({ state, cause, retryAt }) =>
    store.setRegistration(state, cause, retryAt),
  );
  const offCall = webphone.on('call', ({ call }) => mirrorCall(call, store));
  store.setRegistration(webphone.registration, null, null);
  return () => {
    offRegistration();
    offCall();
  };
}

function mirrorCall(call: WebphoneCall, store: WebphoneStore): void {
  store.setCall({
    id: call.id,
    direction: call.direction,
    state: call.state,
    remoteNumber: call.remoteNumber,
    autoAnswer: call.autoAnswer,
    muted: call.muted,
    held: call.held,
    startedAt: call.startedAt,
    establishedAt: null,
    endedAt: null,
    endCause: null,
  });
  const mine = () => store.call?.id === call.id;
  call.on('state', ({ state, cause }) => {
    if (!mine()) return;
    store.patchCall({
      state,
      ...(state === 'established' ? { establishedAt: Date.now() } : {}),
      ...(state === 'ended' ? { endedAt: Date.now(), endCause: cause } : {}),
    });
  });
  call.on('muted', ({ muted }) => mine() && store.patchCall({ muted }));
  call.on('held', ({ held }) => mine() && store.patchCall({ held }));
  call.on('quality', (quality) => mine() && store.setQuality(quality));
}
