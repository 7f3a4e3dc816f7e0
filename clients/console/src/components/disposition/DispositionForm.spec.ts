import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { SwitchboardError } from '@/api';
import { DispositionContextDocument, DisposeContactDocument, type DispositionContextQuery } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { asked, mountScreen } from '../spec-helpers';
import DispositionForm from './DispositionForm.vue';

type Campaign = DispositionContextQuery['campaign'];

function field(name: string, type: string, required: boolean, position: number, options: string[] = []) {
  return { id: `f-${name}`, name, label: `Label ${name}`, type, required, options, position };
}

function campaign(type: Campaign['type'] = 'MANUAL'): Campaign {
  return {
    id: 'camp-1',
    name: 'Sales',
    type,
    dispositionOptions: [
      { id: 'opt-later', name: 'Call later', type: 'CALLBACK', position: 2, hidden: false, form: null },
      { id: 'opt-hidden', name: 'Old option', type: 'NO_ACTION', position: 3, hidden: true, form: null },
      {
        id: 'opt-sale',
        name: 'Sale',
        type: 'ENGAGED',
        position: 1,
        hidden: false,
        form: {
          id: 'form-1',
          name: 'Sale form',
          fields: [
            field('plan', 'LIST', true, 2, ['Basic', 'Premium']),
            field('customer', 'TEXT', true, 1),
            field('age', 'NUMBER', false, 3),
            field('start', 'DATE', false, 4),
            field('notes', 'TEXTAREA', false, 5),
          ],
        },
      },
    ],
  } as Campaign;
}

async function mountForm(api: FakeApi, props: Record<string, unknown> = {}) {
  const mounted = mountScreen(DispositionForm, {
    api,
    props: { campaignId: 'camp-1', contactId: 'contact-1', callId: 'call-1', ...props },
  });
  await flushPromises();
  return mounted;
}

afterEach(() => document.body.replaceChildren());

describe('DispositionForm', () => {
  it("offers the campaign's visible options in order, never a hidden one", async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() });
    const { wrapper } = await mountForm(api);
    const names = wrapper.findAll('select[name="option"] option').map((o) => o.text());
    expect(names).toEqual(['Choose a disposition', 'Sale', 'Call later']);
  });

  it("renders an ENGAGED option's form: each field type, in position order, required marked", async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-sale');

    const names = wrapper.findAll('fieldset [name]').map((el) => el.attributes('name'));
    expect(names).toEqual(['customer', 'plan', 'age', 'start', 'notes']);
    expect(wrapper.find('input[name="customer"]').attributes('type')).toBe('text');
    expect(wrapper.find('input[name="customer"]').attributes('required')).toBeDefined();
    expect(wrapper.findAll('select[name="plan"] option').map((o) => o.text())).toEqual([
      'Choose one',
      'Basic',
      'Premium',
    ]);
    expect(wrapper.find('input[name="age"]').attributes('type')).toBe('number');
    expect(wrapper.find('input[name="start"]').attributes('type')).toBe('date');
    expect(wrapper.find('textarea[name="notes"]').exists()).toBe(true);
    expect(wrapper.find('label[for]').text()).toContain('Label customer');
  });

  it('does not send a form whose required fields are empty, and says which', async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-sale');
    await wrapper.find('input[name="customer"]').setValue('Ada');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(asked(api)).toEqual(['DispositionContext']);
    expect(wrapper.find('select[name="plan"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('input[name="customer"]').attributes('aria-invalid')).toBe('false');
    expect(wrapper.text()).toContain('Required');
    expect(wrapper.find('[role="alert"]').text()).toBe('Check the marked fields.');
  });

  it("shows the server's validation problems on their fields", async () => {
    const api = new FakeApi()
      .on(DispositionContextDocument, { campaign: campaign() })
      .on(DisposeContactDocument, () => {
        throw new SwitchboardError(
          'answers.age: must be a number',
          'BAD_USER_INPUT',
          'FORM_INVALID_ANSWERS',
          {
            field: 'answers.age',
            problems: [{ field: 'answers.age', message: 'must be a number' }],
          },
          undefined,
        );
      });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-sale');
    await wrapper.find('input[name="customer"]').setValue('Ada');
    await wrapper.find('select[name="plan"]').setValue('Premium');
    await wrapper.find('input[name="age"]').setValue('12');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const age = wrapper.find('input[name="age"]');
    expect(age.attributes('aria-invalid')).toBe('true');
    const described = document.getElementById(age.attributes('aria-describedby')!);
    expect(described?.textContent).toBe('Must be a number');
    expect(wrapper.find('[role="alert"]').text()).toBe('Some answers are not valid: see the marked fields.');
    expect(wrapper.emitted('done')).toBeUndefined();
  });

  it('sends the answers of a complete form with the call, and is done', async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() }).on(DisposeContactDocument, {
      disposeContact: { id: 'd-1', revision: 1, option: { id: 'opt-sale', name: 'Sale', type: 'ENGAGED' } },
    });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-sale');
    await wrapper.find('input[name="customer"]').setValue('Ada');
    await wrapper.find('select[name="plan"]').setValue('Basic');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.requests[1]).toEqual({
      name: 'DisposeContact',
      variables: {
        input: {
          campaignId: 'camp-1',
          contactId: 'contact-1',
          callId: 'call-1',
          optionId: 'opt-sale',
          comment: null,
          answers: { customer: 'Ada', plan: 'Basic' },
          callback: null,
        },
      },
    });
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it('schedules a personal callback at a future date and time (no GLOBAL outside dialer campaigns)', async () => {
    const api = new FakeApi()
      .on(DispositionContextDocument, { campaign: campaign('MANUAL') })
      .on(DisposeContactDocument, {
        disposeContact: { id: 'd-2', revision: 1, option: { id: 'opt-later', name: 'Call later', type: 'CALLBACK' } },
      });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-later');
    expect(wrapper.find('input[value="GLOBAL"]').exists()).toBe(false);

    await wrapper.find('input[name="callback-date"]').setValue('2099-03-04');
    await wrapper.find('input[name="callback-time"]').setValue('15:30');
    await wrapper.find('input[name="callback-note"]').setValue('After lunch');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const input = (api.requests[1]!.variables as { input: { callback: unknown; answers: unknown } }).input;
    expect(input.answers).toBeNull();
    expect(input.callback).toEqual({
      kind: 'PERSONAL',
      scheduledAt: new Date('2099-03-04T15:30').toISOString(),
      note: 'After lunch',
    });
  });

  it('refuses a callback in the past, and offers GLOBAL on dialer campaigns', async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign('DIALER') });
    const { wrapper } = await mountForm(api);
    await wrapper.find('select[name="option"]').setValue('opt-later');
    expect(wrapper.find('input[value="GLOBAL"]').exists()).toBe(true);

    await wrapper.find('input[name="callback-date"]').setValue('2001-01-01');
    await wrapper.find('input[name="callback-time"]').setValue('10:00');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(asked(api)).toEqual(['DispositionContext']);
    expect(wrapper.text()).toContain('Must be in the future');
  });

  it('says the disposition is forced while the group keeps the agent in ACW', async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() });
    const { wrapper } = await mountForm(api, { forced: true });
    expect(wrapper.find('[role="note"]').text()).toBe('This call must be dispositioned before you can take another.');
  });

  it('is complete in Spanish', async () => {
    const api = new FakeApi().on(DispositionContextDocument, { campaign: campaign() });
    const { wrapper } = mountScreen(DispositionForm, {
      api,
      locale: 'es',
      props: { campaignId: 'camp-1', contactId: 'contact-1' },
    });
    await flushPromises();
    expect(wrapper.find('h2').text()).toBe('Calificación');
    expect(wrapper.find('button[type="submit"]').text()).toBe('Guardar calificación');
  });
});
