import { inject, type App, type InjectionKey } from 'vue';
import type { Webphone } from './webphone';

export const webphoneKey: InjectionKey<Webphone> = Symbol('switchboard-webphone');

export function provideWebphone(app: App, webphone: Webphone): void {
  app.provide(webphoneKey, webphone);
}

/** The app's one webphone, or null (a test that mounts without one). */
export function injectWebphone(): Webphone | null {
  return inject(webphoneKey, null);
}
