import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CreateTimeGroupDocument,
  DeleteTimeGroupDocument,
  TimeGroupsDocument,
  UpdateTimeGroupDocument,
  type TimeGroupRowFragment,
} from '@/generated/graphql';
import { mountScreen } from '../spec-helpers';
import { adminApi, refusal, variablesOf } from './admin-spec-fixtures';
import TimeGroupsAdmin from './TimeGroupsAdmin.vue';

const rule = (overrides: Partial<TimeGroupRowFragment['rules'][number]>) => ({
  startTime: null,
  endTime: null,
  weekdayFrom: null,
  weekdayTo: null,
  dayOfMonthFrom: null,
  dayOfMonthTo: null,
  monthFrom: null,
  monthTo: null,
  ...overrides,
});

const office: TimeGroupRowFragment = {
  id: 'tg-1',
  name: 'Office hours',
  rules: [
    rule({ weekdayFrom: 'MONDAY', weekdayTo: 'FRIDAY', startTime: '09:00', endTime: '18:00' }),
    rule({ monthFrom: 12, monthTo: 1 }),
  ],
};
const closed: TimeGroupRowFragment = { id: 'tg-2', name: 'Closed', rules: [] };

function api() {
  return adminApi().on(TimeGroupsDocument, { timeGroups: { nodes: [office, closed] } });
}

async function mountGroups(fake = api(), locale: 'en' | 'es' = 'en') {
  const mounted = mountScreen(TimeGroupsAdmin, { api: fake, locale });
  await flushPromises();
  return mounted;
}

describe('TimeGroupsAdmin', () => {
  it('lists the groups with their rules in words', async () => {
    const { wrapper } = await mountGroups();
    expect(wrapper.findAll('tr[data-id="tg-1"] li').map((li) => li.text())).toEqual([
      'Monday–Friday, 09:00–18:00',
      'Dec–Jan',
    ]);
    expect(wrapper.find('tr[data-id="tg-2"]').text()).toContain('Never (no rules)');
  });

  it('creates a group: empty fields are left out of each rule', async () => {
    const fake = api().on(CreateTimeGroupDocument, ({ input }) => ({
      createTimeGroup: { id: 'tg-3', name: input.name, rules: [] },
    }));
    const { wrapper } = await mountGroups(fake);
    await wrapper.find('button.primary').trigger('click');
    const form = wrapper.find('form');
    await form.find('input[name="name"]').setValue('Nights');
    await form
      .findAll('button')
      .find((button) => button.text() === 'Add a rule')!
      .trigger('click');
    await form.find('input[name="rules.0.startTime"]').setValue('22:00');
    await form.find('input[name="rules.0.endTime"]').setValue('06:00');
    await form.find('select[name="rules.0.weekdayFrom"]').setValue('FRIDAY');
    await form.find('select[name="rules.0.weekdayTo"]').setValue('MONDAY');
    await form.find('input[name="rules.0.dayOfMonthFrom"]').setValue('1');
    await form.find('input[name="rules.0.dayOfMonthTo"]').setValue('15');
    await form.trigger('submit');
    await flushPromises();
    expect(variablesOf(fake, 'CreateTimeGroup')).toEqual({
      input: {
        name: 'Nights',
        rules: [
          {
            startTime: '22:00',
            endTime: '06:00',
            weekdayFrom: 'FRIDAY',
            weekdayTo: 'MONDAY',
            dayOfMonthFrom: 1,
            dayOfMonthTo: 15,
          },
        ],
      },
    });
  });

  it("edits a group from its rules, and shows a rule's problem on its field in Spanish", async () => {
    const fake = api().on(UpdateTimeGroupDocument, () => {
      throw refusal('BAD_USER_INPUT', 'COMMON_INVALID_INPUT', { field: 'rules[0].endTime' });
    });
    const { wrapper } = await mountGroups(fake, 'es');
    await wrapper.find('button[aria-label="Editar Office hours"]').trigger('click');
    const form = wrapper.find('form');
    expect(form.find<HTMLInputElement>('input[name="rules.0.startTime"]').element.value).toBe('09:00');
    expect(form.find<HTMLSelectElement>('select[name="rules.1.monthFrom"]').element.value).toBe('12');
    await form.find('button[aria-label="Quitar la regla 2"]').trigger('click');
    await form.find('input[name="rules.0.endTime"]').setValue('09:00');
    await form.trigger('submit');
    await flushPromises();
    expect(variablesOf(fake, 'UpdateTimeGroup')).toEqual({
      id: 'tg-1',
      input: {
        name: 'Office hours',
        rules: [{ weekdayFrom: 'MONDAY', weekdayTo: 'FRIDAY', startTime: '09:00', endTime: '09:00' }],
      },
    });
    const end = wrapper.find('input[name="rules.0.endTime"]');
    expect(end.attributes('aria-invalid')).toBe('true');
    expect(document.getElementById(end.attributes('aria-describedby')!)?.textContent).toBe(
      'Indique ambas horas, distintas entre sí, o ninguna.',
    );
  });

  it('names the time conditions that keep a group from being deleted', async () => {
    const fake = api().on(DeleteTimeGroupDocument, () => {
      throw refusal('CONFLICT', 'DESTINATION_IN_USE', { id: 'tg-1', usedBy: [{ type: 'TIME_CONDITION', id: 'tc-1' }] });
    });
    const { wrapper } = await mountGroups(fake);
    await wrapper.find('button[aria-label="Delete Office hours"]').trigger('click');
    await wrapper.find('button[aria-label="Confirm: delete Office hours"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Used by: Time condition: Office hours.');
    expect(wrapper.find('tr[data-id="tg-1"]').exists()).toBe(true);
  });
});
