import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CreateTimeConditionDocument,
  DeleteTimeConditionDocument,
  TimeConditionsDocument,
  UpdateTimeConditionDocument,
  type TimeConditionRowFragment,
} from '@/generated/graphql';
import { asked, mountScreen } from '../spec-helpers';
import { adminApi, refusal, variablesOf } from './admin-spec-fixtures';
import TimeConditionsAdmin from './TimeConditionsAdmin.vue';

const hours: TimeConditionRowFragment = {
  id: 'tc-1',
  name: 'Office hours',
  timeZone: 'America/Argentina/Buenos_Aires',
  timeGroup: { id: 'tg-1', name: 'Weekdays' },
  matchDestination: { type: 'CAMPAIGN', id: 'camp-1' },
  otherwiseDestination: { type: 'HANGUP', id: null },
};

function api() {
  return adminApi().on(TimeConditionsDocument, {
    timeConditions: { nodes: [hours] },
    timeGroups: {
      nodes: [
        { id: 'tg-1', name: 'Weekdays' },
        { id: 'tg-2', name: 'Holidays' },
      ],
    },
  });
}

async function mountConditions(fake = api(), locale: 'en' | 'es' = 'en') {
  const mounted = mountScreen(TimeConditionsAdmin, { api: fake, locale });
  await flushPromises();
  return mounted;
}

describe('TimeConditionsAdmin', () => {
  it('lists the conditions: group, zone, both destinations', async () => {
    const { wrapper, api: fake } = await mountConditions();
    expect(asked(fake).sort()).toEqual(['DestinationNodes', 'TimeConditions']);
    const cells = wrapper.findAll('tr[data-id="tc-1"] th, tr[data-id="tc-1"] td').map((cell) => cell.text());
    expect(cells.slice(0, 5)).toEqual([
      'Office hours',
      'Weekdays',
      'America/Argentina/Buenos_Aires',
      'Inbound campaign: Sales',
      'Hang up',
    ]);
  });

  it('creates a condition with its group, zone and both destinations', async () => {
    const fake = api().on(CreateTimeConditionDocument, ({ input }) => ({
      createTimeCondition: { ...hours, id: 'tc-2', name: input.name },
    }));
    const { wrapper } = await mountConditions(fake);
    await wrapper.find('button.primary').trigger('click');
    const form = wrapper.find('form');
    await form.find('input[name="name"]').setValue('Holidays');
    await form.find('select[name="timeGroupId"]').setValue('tg-2');
    await form.find('input[name="timeZone"]').setValue('Europe/Madrid');
    await form.find('select[name="matchDestination.type"]').setValue('HANGUP');
    await form.find('select[name="otherwiseDestination.type"]').setValue('IVR');
    await form.find('select[name="otherwiseDestination.id"]').setValue('ivr-1');
    await form.trigger('submit');
    await flushPromises();
    expect(variablesOf(fake, 'CreateTimeCondition')).toEqual({
      input: {
        name: 'Holidays',
        timeGroupId: 'tg-2',
        timeZone: 'Europe/Madrid',
        matchDestination: { type: 'HANGUP' },
        otherwiseDestination: { type: 'IVR', id: 'ivr-1' },
      },
    });
    expect(asked(fake).filter((name) => name === 'DestinationNodes')).toHaveLength(2);
  });

  it('edits a condition and shows a bad time zone on its field', async () => {
    const fake = api().on(UpdateTimeConditionDocument, () => {
      throw refusal('BAD_USER_INPUT', 'COMMON_INVALID_INPUT', { field: 'timeZone' });
    });
    const { wrapper } = await mountConditions(fake);
    await wrapper.find('button[aria-label="Edit Office hours"]').trigger('click');
    const form = wrapper.find('form');
    expect(form.find<HTMLSelectElement>('select[name="timeGroupId"]').element.value).toBe('tg-1');
    await form.find('input[name="timeZone"]').setValue('Mars/Olympus');
    await form.trigger('submit');
    await flushPromises();
    expect(variablesOf(fake, 'UpdateTimeCondition')).toEqual({
      id: 'tc-1',
      input: {
        name: 'Office hours',
        timeGroupId: 'tg-1',
        timeZone: 'Mars/Olympus',
        matchDestination: { type: 'CAMPAIGN', id: 'camp-1' },
        otherwiseDestination: { type: 'HANGUP' },
      },
    });
    const zone = wrapper.find('input[name="timeZone"]');
    expect(zone.attributes('aria-invalid')).toBe('true');
    const described = zone
      .attributes('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Not an IANA time zone.');
  });

  it('refuses in Spanish to delete a condition an inbound route sends calls to', async () => {
    const fake = api().on(DeleteTimeConditionDocument, () => {
      throw refusal('CONFLICT', 'DESTINATION_IN_USE');
    });
    const { wrapper } = await mountConditions(fake, 'es');
    await wrapper.find('button[aria-label="Eliminar Office hours"]').trigger('click');
    await wrapper.find('button[aria-label="Confirmar: eliminar Office hours"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Todavía se envían llamadas aquí');
  });
});
