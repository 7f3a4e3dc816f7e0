import { createApp, watch } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createApi, loadToken, provideApi } from './api';
import { foundationActionsKey, type FoundationActions } from './composables/foundation';
import { mirrorWebphone } from './composables/mirrorWebphone';
import { i18n } from './i18n';
import { areaAllowed, areaHome, router } from './router';
import { Shift, provideShift } from './shift';
import { useConnectionStore, useSessionStore, useWebphoneStore } from './stores';
import { Webphone, createJsSipUA, installTestHook, requestMicrophone } from './webphone';
import { provideWebphone } from './webphone/provide';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

// Created once: the API client (its socket observed for the connection banner), the webphone
// and the shift that ties them to the stores. Components reach them through useX().
const api = createApi({
  onSocketEvent: (event) => shift.onSocketEvent(event),
  // The token stopped holding: back to the login page rather than a console that silently fails.
  onUnauthenticated: () => void shift.end(),
});
const remoteAudio = new Audio();
remoteAudio.autoplay = true;
const webphone = new Webphone({ createUA: createJsSipUA, remoteAudio });
const phoneStore = useWebphoneStore(pinia);
const askMicrophone = async () => {
  const access = await requestMicrophone();
  phoneStore.setMicrophone(access);
  return access;
};
const shift = new Shift(api, pinia, webphone, askMicrophone);

mirrorWebphone(webphone, phoneStore);
installTestHook(webphone);

const connection = useConnectionStore(pinia);
window.addEventListener('offline', () => connection.browserOffline());

provideApi(app, api);
provideWebphone(app, webphone);
provideShift(app, shift);
const actions: FoundationActions = {
  answer: () => webphone.call?.answer(),
  hangup: () => webphone.call?.hangup(),
  setMuted: (muted) => (muted ? webphone.call?.mute() : webphone.call?.unmute()),
  sendDtmf: (tone) => webphone.call?.sendDtmf(tone),
  requestMicrophone: async () => shift.microphoneChanged(await askMicrophone()),
  login: (username, password) => shift.login(username, password),
  logout: () => shift.logout(),
};
app.provide(foundationActionsKey, actions);

app.use(i18n);
app.use(router);

// The session can end without a navigation (token refused, restore failed): the guard alone
// would leave the workspace on screen.
const session = useSessionStore(pinia);
watch(
  () => session.isAuthenticated,
  (authenticated) => {
    if (!authenticated && !router.currentRoute.value.meta.public) void router.replace({ name: 'login' });
  },
);

// The guard lets a route through while `me` is unknown (a reload restoring the session); once
// it is known, a page of the other area is left for the user's own.
watch(
  () => session.home,
  (home) => {
    const area = router.currentRoute.value.meta.area;
    if (home && area && !areaAllowed(area, session)) void router.replace({ name: areaHome[home] });
  },
);

// A reload keeps the shift: the token in sessionStorage is tried before the first route resolves,
// but an API that does not answer does not keep the page blank (the restore goes on behind).
// JsSIP (its own chunk) is fetched while the agent types or the session restores.
void import('jssip').catch(() => undefined);
const restoring = shift.restore(loadToken()).catch(() => false);
const patience = new Promise((resolve) => setTimeout(resolve, 3000));
void Promise.race([restoring, patience]).finally(() => app.mount('#app'));
