import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  AudioFilesDocument,
  CreateIvrDocument,
  DeleteIvrDocument,
  IvrsDocument,
  UpdateIvrDocument,
  type AudioRowFragment,
  type IvrRowFragment,
} from '@/generated/graphql';
import { asked, mountScreen } from '../spec-helpers';
import { adminApi, refusal, variablesOf } from './admin-spec-fixtures';
import IvrsAdmin from './IvrsAdmin.vue';

const audio = (id: string, name: string): AudioRowFragment => ({
  id,
  name,
  originalFileName: `${name}.wav`,
  durationSeconds: 3,
  sizeBytes: 48000,
  createdAt: '2026-12-01T10:00:00.000Z',
});

const menu: IvrRowFragment = {
  id: 'ivr-1',
  name: 'Main menu',
  mainAudioId: 'audio-1',
  timeoutSeconds: 5,
  timeoutRetries: 2,
  timeoutAudioId: null,
  timeoutDestination: { type: 'CAMPAIGN', id: 'camp-1' },
  invalidRetries: 1,
  invalidAudioId: 'audio-2',
  invalidDestination: { type: 'HANGUP', id: null },
  options: [
    { digit: '1', destination: { type: 'CAMPAIGN', id: 'camp-1' } },
    { digit: '2', destination: { type: 'CUSTOM', id: 'cd-1' } },
  ],
};

function api() {
  return adminApi()
    .on(IvrsDocument, { ivrs: { nodes: [menu] } })
    .on(AudioFilesDocument, { audioFiles: [audio('audio-1', 'Welcome'), audio('audio-2', 'Sorry')] });
}

async function mountIvrs(fake = api(), locale: 'en' | 'es' = 'en') {
  const mounted = mountScreen(IvrsAdmin, { api: fake, locale });
  await flushPromises();
  return mounted;
}

describe('IvrsAdmin', () => {
  it('lists the IVRs: menu audio, each key with its destination, the timeout destination', async () => {
    const { wrapper, api: fake } = await mountIvrs();
    expect(asked(fake).sort()).toEqual(['AudioFiles', 'DestinationNodes', 'Ivrs']);
    const cells = wrapper.findAll('tr[data-id="ivr-1"] th, tr[data-id="ivr-1"] td').map((cell) => cell.text());
    expect(cells[0]).toBe('Main menu');
    expect(cells[1]).toBe('Welcome');
    expect(wrapper.findAll('tr[data-id="ivr-1"] li').map((li) => li.text())).toEqual([
      'Key 1: Inbound campaign: Sales',
      'Key 2: Custom destination: Legacy PBX',
    ]);
    expect(cells[3]).toBe('Inbound campaign: Sales');
  });

  it('creates an IVR with its audios, timeouts, invalid handling and options', async () => {
    const fake = api().on(CreateIvrDocument, ({ input }) => ({
      createIvr: { ...menu, ...input, id: 'ivr-2' } as IvrRowFragment,
    }));
    const { wrapper } = await mountIvrs(fake);
    await wrapper.find('button.primary').trigger('click');
    const form = wrapper.find('form');
    await form.find('input[name="name"]').setValue('Support');
    await form.find('select[name="mainAudioId"]').setValue('audio-1');
    await form.find('input[name="timeoutSeconds"]').setValue('8');
    await form.find('input[name="timeoutRetries"]').setValue('1');
    await form.find('select[name="timeoutDestination.type"]').setValue('IVR');
    await form.find('select[name="timeoutDestination.id"]').setValue('ivr-1');
    await form.find('input[name="invalidRetries"]').setValue('0');
    await form.find('select[name="invalidAudioId"]').setValue('audio-2');
    const addOption = form.findAll('button').find((button) => button.text() === 'Add an option')!;
    await addOption.trigger('click');
    await addOption.trigger('click');
    await form.find('select[name="options.0.destination.id"]').setValue('camp-1');
    await form.find('select[name="options.1.digit"]').setValue('#');
    await form.find('select[name="options.1.destination.type"]').setValue('HANGUP');
    await form.trigger('submit');
    await flushPromises();

    expect(variablesOf(fake, 'CreateIvr')).toEqual({
      input: {
        name: 'Support',
        mainAudioId: 'audio-1',
        timeoutSeconds: 8,
        timeoutRetries: 1,
        timeoutAudioId: null,
        timeoutDestination: { type: 'IVR', id: 'ivr-1' },
        invalidRetries: 0,
        invalidAudioId: 'audio-2',
        invalidDestination: { type: 'HANGUP' },
        options: [
          { digit: '1', destination: { type: 'CAMPAIGN', id: 'camp-1' } },
          { digit: '#', destination: { type: 'HANGUP' } },
        ],
      },
    });
    // The new IVR is a destination too: the directory is read again.
    expect(asked(fake).filter((name) => name === 'DestinationNodes')).toHaveLength(2);
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('edits an IVR: options removed and the update sent with every option', async () => {
    const fake = api().on(UpdateIvrDocument, ({ id, input }) => ({
      updateIvr: { ...menu, ...input, id } as IvrRowFragment,
    }));
    const { wrapper } = await mountIvrs(fake);
    await wrapper.find('button[aria-label="Edit Main menu"]').trigger('click');
    const form = wrapper.find('form');
    expect(form.find<HTMLSelectElement>('select[name="invalidAudioId"]').element.value).toBe('audio-2');
    await form.find('button[aria-label="Remove the option of key 1"]').trigger('click');
    await form.find('select[name="invalidAudioId"]').setValue('');
    await form.trigger('submit');
    await flushPromises();
    const variables = variablesOf(fake, 'UpdateIvr') as { id: string; input: Record<string, unknown> };
    expect(variables.id).toBe('ivr-1');
    expect(variables.input['invalidAudioId']).toBeNull();
    expect(variables.input['options']).toEqual([{ digit: '2', destination: { type: 'CUSTOM', id: 'cd-1' } }]);
  });

  it("shows a key used twice on that option's key, and the refusal beside the form", async () => {
    const fake = api().on(UpdateIvrDocument, () => {
      throw refusal('BAD_USER_INPUT', 'COMMON_INVALID_INPUT', { field: 'options[1].digit' });
    });
    const { wrapper } = await mountIvrs(fake, 'es');
    await wrapper.find('button[aria-label="Editar Main menu"]').trigger('click');
    await wrapper.find('select[name="options.1.digit"]').setValue('1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const digit = wrapper.find('select[name="options.1.digit"]');
    expect(digit.attributes('aria-invalid')).toBe('true');
    expect(document.getElementById(digit.attributes('aria-describedby')!)?.textContent).toBe(
      'Cada tecla se usa una sola vez: 0-9, * o #.',
    );
    expect(wrapper.find('select[name="options.0.digit"]').attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.find('form [role="alert"]').text()).toBe(
      'Algunos valores no son válidos. Revise los campos marcados.',
    );
  });

  it('says an IVR that calls are still sent to cannot be deleted', async () => {
    const fake = api().on(DeleteIvrDocument, () => {
      throw refusal('CONFLICT', 'DESTINATION_IN_USE', {
        usedBy: [
          { type: 'INBOUND_ROUTE', id: 'route-1' },
          { type: 'INBOUND_ROUTE', id: 'route-2' },
          { type: 'IVR', id: 'ivr-1' },
        ],
      });
    });
    const { wrapper } = await mountIvrs(fake);
    await wrapper.find('button[aria-label="Delete Main menu"]').trigger('click');
    await wrapper.find('button[aria-label="Confirm: delete Main menu"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain(
      'Calls are still sent here (a route, an IVR option or a time condition): change those first.',
    );
    expect(wrapper.find('[role="alert"]').text()).toContain('Used by: Inbound route, IVR: Main menu.');
    expect(wrapper.find('tr[data-id="ivr-1"]').exists()).toBe(true);
  });

  it('says what a number out of range should be, on its field', async () => {
    const fake = api().on(CreateIvrDocument, () => {
      throw refusal('BAD_USER_INPUT', 'VALIDATION', {
        problems: [{ field: 'timeoutSeconds', problems: ['timeoutSeconds must not be greater than 60'] }],
      });
    });
    const { wrapper } = await mountIvrs(fake);
    await wrapper.find('button.primary').trigger('click');
    await wrapper.find('input[name="timeoutSeconds"]').setValue('600');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const seconds = wrapper.find('input[name="timeoutSeconds"]');
    expect(seconds.attributes('aria-invalid')).toBe('true');
    expect(document.getElementById(seconds.attributes('aria-describedby')!)?.textContent).toBe(
      'A whole number from 1 to 60.',
    );
  });
});
