import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountScreen } from '../spec-helpers';
import DestinationPicker, { type DestinationValue } from './DestinationPicker.vue';
import type { DestinationNodes } from '@/composables/useDestinationDirectory';

const nodes: DestinationNodes = {
  CAMPAIGN: [{ id: 'camp-1', name: 'Sales' }],
  IVR: [
    { id: 'ivr-1', name: 'Main menu' },
    { id: 'ivr-2', name: 'Support menu' },
  ],
  TIME_CONDITION: [],
  CALLER_IDENTIFICATION: [],
  CUSTOM: [],
  HANGUP: [],
};

function mountPicker(value: DestinationValue, extra: Record<string, unknown> = {}, locale: 'en' | 'es' = 'en') {
  const emitted: DestinationValue[] = [];
  const mounted = mountScreen(DestinationPicker, {
    locale,
    props: {
      legend: 'Destination',
      name: 'destination',
      nodes,
      modelValue: value,
      'onUpdate:modelValue': async (next: DestinationValue) => {
        emitted.push(next);
        await mounted.wrapper.setProps({ modelValue: next });
      },
      ...extra,
    },
  });
  return { ...mounted, emitted };
}

describe('DestinationPicker', () => {
  it('offers every destination type, then the nodes of the chosen one', () => {
    const { wrapper } = mountPicker({ type: 'IVR', id: 'ivr-2' });
    expect(wrapper.findAll('select[name="destination.type"] option').map((o) => o.text())).toEqual([
      'Inbound campaign',
      'IVR',
      'Time condition',
      'Caller identification',
      'Custom destination',
      'Hang up',
    ]);
    const node = wrapper.find<HTMLSelectElement>('select[name="destination.id"]');
    expect(node.findAll('option').map((o) => o.text())).toEqual(['Choose one', 'Main menu', 'Support menu']);
    expect(node.element.value).toBe('ivr-2');
    expect(wrapper.find('legend').text()).toBe('Destination');
  });

  it('clears the node when the type changes, and emits the node chosen', async () => {
    const { wrapper, emitted } = mountPicker({ type: 'IVR', id: 'ivr-1' });
    await wrapper.find('select[name="destination.type"]').setValue('CAMPAIGN');
    await nextTick();
    expect(emitted.at(-1)).toEqual({ type: 'CAMPAIGN', id: null });
    await wrapper.find('select[name="destination.id"]').setValue('camp-1');
    expect(emitted.at(-1)).toEqual({ type: 'CAMPAIGN', id: 'camp-1' });
  });

  it('asks for no node on hang-up, and says when a type has none yet', async () => {
    const { wrapper, emitted } = mountPicker({ type: 'TIME_CONDITION', id: null });
    expect(wrapper.text()).toContain('There are none of this kind yet.');
    await wrapper.find('select[name="destination.type"]').setValue('HANGUP');
    await nextTick();
    expect(emitted.at(-1)).toEqual({ type: 'HANGUP', id: null });
    expect(wrapper.find('select[name="destination.id"]').exists()).toBe(false);
  });

  it('ties its error to both selects, in the user language', () => {
    const { wrapper } = mountPicker({ type: 'IVR', id: null }, { error: 'Elija un destino.' }, 'es');
    const error = wrapper.find('.field-error');
    expect(error.text()).toBe('Elija un destino.');
    for (const select of wrapper.findAll('select')) {
      expect(select.attributes('aria-invalid')).toBe('true');
      expect(select.attributes('aria-describedby')).toBe(error.attributes('id'));
    }
    expect(wrapper.find('select[name="destination.type"] option[value="HANGUP"]').text()).toBe('Colgar');
  });
});
