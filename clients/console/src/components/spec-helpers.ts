import { afterEach, vi } from 'vitest';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createTestingPinia } from '@pinia/testing';
import { createI18n } from 'vue-i18n';
import type { Component, Plugin } from 'vue';
import { apiKey } from '@/api';
import { foundationActionsKey, type FoundationActions } from '@/composables/foundation';
import { FakeApi } from '@/testing/fake-api';
import en from '@/i18n/en.json';
import es from '@/i18n/es.json';
import { dateTimes } from '@/i18n';

const mounted: Array<{ unmount(): void }> = [];

// Every screen is unmounted after its test: its timers and window listeners go with it.
afterEach(() => {
  for (const wrapper of mounted.splice(0)) {
    try {
      wrapper.unmount();
    } catch {
      // Already unmounted by the test.
    }
  }
  document.body.replaceChildren();
});

export interface ScreenOptions {
  api?: FakeApi;
  /** Pinia state by store id ('agentState', 'session', 'webphone', 'connection', 'calls'). */
  state?: Record<string, unknown>;
  locale?: 'en' | 'es';
  props?: Record<string, unknown>;
  /** Run the stores' actions for real (a screen whose live feed writes through them). */
  realActions?: boolean;
  /** More plugins (a router for a screen that reads the route). */
  plugins?: Plugin[];
}

/**
 * Mounts a screen the way main.ts wires it: the real catalogues, Pinia with the given state
 * (actions stubbed), a fake API that rejects what it was not told, and spied foundation actions.
 */
export function mountScreen(component: Component, options: ScreenOptions = {}) {
  const api = options.api ?? new FakeApi();
  const actions: FoundationActions = {
    answer: vi.fn(),
    hangup: vi.fn(),
    setMuted: vi.fn(),
    sendDtmf: vi.fn(),
    requestMicrophone: vi.fn(async () => undefined),
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
  };
  const i18n = createI18n({
    legacy: false,
    locale: options.locale ?? 'en',
    fallbackLocale: 'en',
    messages: { en, es },
    datetimeFormats: { en: dateTimes, es: dateTimes },
  });
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: options.state ?? {},
    stubActions: !options.realActions,
  });
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: {
      plugins: [i18n, pinia, ...(options.plugins ?? [])],
      provide: { [apiKey as symbol]: api, [foundationActionsKey as symbol]: actions },
    },
  } as ComponentMountingOptions<Component>);
  mounted.push(wrapper);
  return { wrapper, api, actions, pinia };
}

/** The names of the operations the fake API was asked for, in order. */
export function asked(api: FakeApi): string[] {
  return api.requests.map((request) => request.name);
}
