import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CreateInboundRouteDocument,
  DeleteInboundRouteDocument,
  InboundRoutesDocument,
  UpdateInboundRouteDocument,
  type InboundRouteRowFragment,
} from '@/generated/graphql';
import { asked, mountScreen } from '../spec-helpers';
import { adminApi, refusal, variablesOf } from './admin-spec-fixtures';
import InboundRoutesAdmin from './InboundRoutesAdmin.vue';

const main: InboundRouteRowFragment = {
  id: 'route-1',
  name: 'Main number',
  did: '541140001234',
  callerIdPrefix: '',
  language: 'en',
  destination: { type: 'IVR', id: 'ivr-1' },
};
const local: InboundRouteRowFragment = {
  id: 'route-2',
  name: 'Local callers',
  did: '541140001234',
  callerIdPrefix: '549',
  language: 'es',
  destination: { type: 'HANGUP', id: null },
};

function api() {
  return adminApi().on(InboundRoutesDocument, {
    inboundRoutes: { nodes: [main, local] },
    promptLanguages: [
      { code: 'en', installed: true },
      { code: 'es', installed: true },
      { code: 'fr', installed: false },
    ],
  });
}

async function mountRoutes(fake = api(), locale: 'en' | 'es' = 'en') {
  const mounted = mountScreen(InboundRoutesAdmin, { api: fake, locale });
  await flushPromises();
  return mounted;
}

describe('InboundRoutesAdmin', () => {
  it('lists the routes with their destination named from the directory', async () => {
    const { wrapper, api: fake } = await mountRoutes();
    expect(asked(fake).sort()).toEqual(['DestinationNodes', 'InboundRoutes']);
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows[0]!.slice(0, 5)).toEqual(['Main number', '541140001234', 'Any caller', 'en', 'IVR: Main menu']);
    expect(rows[1]!.slice(0, 5)).toEqual(['Local callers', '541140001234', '549', 'es', 'Hang up']);
  });

  it('creates a route with the values typed and the destination picked', async () => {
    const fake = api().on(CreateInboundRouteDocument, ({ input }) => ({
      createInboundRoute: { id: 'route-3', callerIdPrefix: '', language: 'en', ...input } as InboundRouteRowFragment,
    }));
    const { wrapper } = await mountRoutes(fake);
    await wrapper.find('button.primary').trigger('click');
    const form = wrapper.find('form');
    expect(form.attributes('aria-label')).toBe('New inbound route');
    expect(document.activeElement).toBe(form.find('input[name="name"]').element);
    expect(form.findAll('select[name="language"] option').map((o) => o.text())).toEqual(['en', 'es']);
    await form.find('input[name="name"]').setValue(' Sales line ');
    await form.find('input[name="did"]').setValue('+541140009999');
    await form.find('select[name="language"]').setValue('es');
    await form.find('select[name="destination.type"]').setValue('TIME_CONDITION');
    await form.find('select[name="destination.id"]').setValue('tc-1');
    await form.trigger('submit');
    await flushPromises();

    expect(variablesOf(fake, 'CreateInboundRoute')).toEqual({
      input: {
        name: 'Sales line',
        did: '+541140009999',
        callerIdPrefix: '',
        language: 'es',
        destination: { type: 'TIME_CONDITION', id: 'tc-1' },
      },
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('tr[data-id="route-3"]').text()).toContain('Time condition: Office hours');
  });

  it('edits a route: the form starts from the row and sends the update with its id', async () => {
    const fake = api().on(UpdateInboundRouteDocument, ({ id, input }) => ({
      updateInboundRoute: { ...local, id, ...input } as InboundRouteRowFragment,
    }));
    const { wrapper } = await mountRoutes(fake);
    await wrapper.find('tr[data-id="route-2"] button[aria-label="Edit Local callers"]').trigger('click');
    const form = wrapper.find('form');
    expect(form.find<HTMLInputElement>('input[name="callerIdPrefix"]').element.value).toBe('549');
    expect(form.find<HTMLSelectElement>('select[name="destination.type"]').element.value).toBe('HANGUP');
    await form.find('input[name="callerIdPrefix"]').setValue('5411');
    await form.find('select[name="destination.type"]').setValue('CAMPAIGN');
    await form.find('select[name="destination.id"]').setValue('camp-1');
    await form.trigger('submit');
    await flushPromises();

    expect(variablesOf(fake, 'UpdateInboundRoute')).toEqual({
      id: 'route-2',
      input: {
        name: 'Local callers',
        did: '541140001234',
        callerIdPrefix: '5411',
        language: 'es',
        destination: { type: 'CAMPAIGN', id: 'camp-1' },
      },
    });
    expect(wrapper.find('tr[data-id="route-2"]').text()).toContain('Inbound campaign: Sales');
  });

  it('shows a refused loop next to the form, in Spanish, and keeps the form open', async () => {
    const fake = api().on(UpdateInboundRouteDocument, () => {
      throw refusal('BAD_USER_INPUT', 'DESTINATION_CYCLE', { path: ['IVR:ivr-1', 'IVR:ivr-1'] });
    });
    const { wrapper } = await mountRoutes(fake, 'es');
    await wrapper.find('tr[data-id="route-1"] button[aria-label="Editar Main number"]').trigger('click');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.find('form [role="alert"]');
    expect(alert.text()).toBe('Rechazado: las llamadas darían la vuelta en un bucle hasta aquí.');
    expect(wrapper.find('form').exists()).toBe(true);
  });

  it('marks the fields the server refused, each problem tied to its input', async () => {
    const fake = api().on(CreateInboundRouteDocument, () => {
      throw refusal('BAD_USER_INPUT', 'VALIDATION', {
        problems: [{ field: 'did', problems: ['did: digits only, optionally a leading +, 2 to 30 digits'] }],
      });
    });
    const { wrapper } = await mountRoutes(fake);
    await wrapper.find('button.primary').trigger('click');
    await wrapper.find('input[name="did"]').setValue('call me');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const did = wrapper.find('input[name="did"]');
    expect(did.attributes('aria-invalid')).toBe('true');
    const described = did.attributes('aria-describedby')!.split(' ');
    const texts = described.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toContain('Digits only, optionally a leading +, 2 to 30 digits.');
    expect(wrapper.find('form [role="alert"]').text()).toBe('Some values are not valid. Check the marked fields.');
    expect(wrapper.find('input[name="name"]').attributes('aria-invalid')).toBeUndefined();
  });

  it('deletes after a confirmation, and says why a route could not be deleted', async () => {
    let refuse = true;
    const fake = api().on(DeleteInboundRouteDocument, ({ id }) => {
      if (refuse) throw refusal('NOT_FOUND', 'COMMON_NOT_FOUND');
      return { deleteInboundRoute: id };
    });
    const { wrapper } = await mountRoutes(fake);
    const row = () => wrapper.find('tr[data-id="route-1"]');
    await row().find('button[aria-label="Delete Main number"]').trigger('click');
    expect(asked(fake)).not.toContain('DeleteInboundRoute');
    await row().find('button[aria-label="Confirm: delete Main number"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('It no longer exists: reload the page.');
    refuse = false;
    await row().find('button[aria-label="Delete Main number"]').trigger('click');
    await row().find('button[aria-label="Confirm: delete Main number"]').trigger('click');
    await flushPromises();
    expect(variablesOf(fake, 'DeleteInboundRoute')).toEqual({ id: 'route-1' });
    expect(row().exists()).toBe(false);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
