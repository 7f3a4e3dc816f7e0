import { afterEach, describe, expect, it } from 'vitest';
import { mountScreen } from '../spec-helpers';
import ConnectionBanner from './ConnectionBanner.vue';
import RegistrationStatus from '../webphone/RegistrationStatus.vue';
import MicrophonePrompt from '../webphone/MicrophonePrompt.vue';

afterEach(() => document.body.replaceChildren());

describe('ConnectionBanner', () => {
  it('says nothing while connected and announces a drop assertively', () => {
    const up = mountScreen(ConnectionBanner, { state: { connection: { status: 'connected' } } });
    expect(up.wrapper.find('[data-test="connection-banner"]').exists()).toBe(false);
    up.wrapper.unmount();

    const down = mountScreen(ConnectionBanner, { state: { connection: { status: 'reconnecting' } }, locale: 'es' });
    expect(down.wrapper.find('[role="status"]').attributes('aria-live')).toBe('assertive');
    expect(down.wrapper.find('[data-test="connection-banner"]').text()).toContain('Reconectando');
  });
});

describe('RegistrationStatus', () => {
  it('always shows the registration, with the next attempt after a failure', () => {
    const { wrapper } = mountScreen(RegistrationStatus, {
      state: { webphone: { registration: 'failed', retryAt: Date.now() + 8_000, microphone: 'granted', call: null } },
    });
    expect(wrapper.find('[role="status"]').text()).toMatch(/Phone registration failed\s+retrying in [78] s/);
  });
});

describe('MicrophonePrompt', () => {
  it('asks for the microphone until it is granted, and explains a refusal', async () => {
    const prompt = mountScreen(MicrophonePrompt, { state: { webphone: { microphone: 'prompt' } } });
    await prompt.wrapper.find('button').trigger('click');
    expect(prompt.actions.requestMicrophone).toHaveBeenCalledOnce();
    prompt.wrapper.unmount();

    const denied = mountScreen(MicrophonePrompt, { state: { webphone: { microphone: 'denied' } } });
    expect(denied.wrapper.text()).toContain('Microphone access is blocked');
    expect(denied.wrapper.find('button').exists()).toBe(false);
    denied.wrapper.unmount();

    const granted = mountScreen(MicrophonePrompt, { state: { webphone: { microphone: 'granted' } } });
    expect(granted.wrapper.find('section').exists()).toBe(false);
  });
});
