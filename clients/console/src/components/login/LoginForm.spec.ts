import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { SwitchboardError } from '@/api';
import { mountScreen } from '../spec-helpers';
import LoginForm from './LoginForm.vue';

afterEach(() => document.body.replaceChildren());

describe('LoginForm', () => {
  it('logs in with the typed credentials', async () => {
    const { wrapper, actions } = mountScreen(LoginForm);
    await wrapper.find('input[name="username"]').setValue(' agent1 ');
    await wrapper.find('input[name="password"]').setValue('secret');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(actions.login).toHaveBeenCalledWith('agent1', 'secret');
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it("shows the server's refusal by its reason, in Spanish too", async () => {
    const { wrapper, actions } = mountScreen(LoginForm, { locale: 'es' });
    (actions.login as unknown as { mockRejectedValue(e: unknown): void }).mockRejectedValue(
      new SwitchboardError('locked', 'UNAUTHENTICATED', 'AUTH_LOCKED', {}, undefined),
    );
    await wrapper.find('input[name="username"]').setValue('agent1');
    await wrapper.find('input[name="password"]').setValue('bad');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('La cuenta está bloqueada');
    expect(wrapper.emitted('done')).toBeUndefined();
  });
});
