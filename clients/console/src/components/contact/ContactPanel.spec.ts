import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CampaignContactDocument,
  DialManualDocument,
  MyCallContactDocument,
  UpdateCampaignContactDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import ContactPanel from './ContactPanel.vue';

const CAMPAIGN = {
  id: 'camp-1',
  name: 'Sales',
  hiddenContactFields: ['dni'],
  blockedContactFields: ['phone'],
};
const COLUMNS = { columns: ['phone', 'name', 'dni', 'city'], phoneColumns: ['phone'] };
// Even if a hidden value reached the browser, it is not shown.
const CONTACT = {
  id: 'contact-1',
  phone: '5551234',
  data: { phone: '5551234', name: 'Ada', dni: '30111222', city: 'Rosario' },
};

/** The current call's contact, read through the agent's live state. */
function contactApi(editable = true) {
  return new FakeApi().on(MyCallContactDocument, {
    myCallContact: { campaign: { ...CAMPAIGN, ...COLUMNS }, contact: CONTACT, editable },
  });
}

async function mountPanel(api: FakeApi) {
  const mounted = mountScreen(ContactPanel, { api, props: { campaignId: 'camp-1', contactId: 'contact-1' } });
  await flushPromises();
  return mounted;
}

afterEach(() => document.body.replaceChildren());

describe('ContactPanel', () => {
  it('never shows a field the campaign hides', async () => {
    const { wrapper } = await mountPanel(contactApi());
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['phone', 'name', 'city']);
    expect(wrapper.text()).not.toContain('30111222');
    expect(wrapper.text()).not.toContain('dni');
  });

  it('edits the other fields but keeps blocked ones read-only', async () => {
    const { wrapper } = await mountPanel(contactApi());
    await wrapper.find('button').trigger('click');
    expect(wrapper.find('input[name="phone"]').attributes('readonly')).toBeDefined();
    expect(wrapper.find('input[name="phone"]').attributes('aria-readonly')).toBe('true');
    expect(wrapper.find('input[name="name"]').attributes('readonly')).toBeUndefined();
    expect(wrapper.find('input[name="dni"]').exists()).toBe(false);
  });

  it('saves only what the agent changed, never a blocked field', async () => {
    const api = contactApi().on(UpdateCampaignContactDocument, ({ data }) => ({
      updateCampaignContact: {
        id: 'contact-1',
        phone: '5551234',
        data: { phone: '5551234', name: 'Ada', city: 'Rosario', ...data },
      },
    }));
    const { wrapper } = await mountPanel(api);
    await wrapper.find('button').trigger('click');
    await wrapper.find('input[name="city"]').setValue('Córdoba');
    await wrapper.find('input[name="phone"]').setValue('999');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.requests.at(-1)).toEqual({
      name: 'UpdateCampaignContact',
      variables: { campaignId: 'camp-1', contactId: 'contact-1', data: { city: 'Córdoba' } },
    });
    expect(wrapper.find('[data-field="city"]').text()).toBe('Córdoba');
  });

  it("shows the server's refusal in the agent's language", async () => {
    const api = contactApi().on(UpdateCampaignContactDocument, () => {
      throw Object.assign(new Error('blocked'), { code: 'FORBIDDEN', reason: 'CONTACT_FIELD_BLOCKED' });
    });
    const { wrapper } = mountScreen(ContactPanel, {
      api,
      locale: 'es',
      props: { campaignId: 'camp-1', contactId: 'contact-1' },
    });
    await flushPromises();
    await wrapper.find('button').trigger('click');
    await wrapper.find('input[name="name"]').setValue('Grace');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('Este campo no se puede editar.');
  });
});

describe('ContactPanel phone columns', () => {
  it("dials another of the contact's numbers when the agent is not on a call", async () => {
    const api = contactApi().on(DialManualDocument, {
      dialManual: { callId: 'call-2', campaignId: 'camp-1', contactId: 'contact-1', phone: '5551234' },
    });
    const { wrapper } = mountScreen(ContactPanel, {
      api,
      props: { campaignId: 'camp-1', contactId: 'contact-1', canDial: true },
    });
    await flushPromises();
    await wrapper.find('button[aria-label="Call phone (5551234)"]').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'DialManual',
      variables: { input: { campaignId: 'camp-1', contactId: 'contact-1', phoneColumn: 'phone' } },
    });
  });
});

describe('ContactPanel for a call transferred in from a campaign the agent is not assigned to', () => {
  it('shows the fields read-only, with no edit or dial', async () => {
    const { wrapper } = mountScreen(ContactPanel, {
      api: contactApi(false),
      props: { campaignId: 'camp-1', contactId: 'contact-1', canDial: true },
    });
    await flushPromises();
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['phone', 'name', 'city']);
    expect(wrapper.text()).not.toContain('30111222');
    expect(wrapper.text()).toContain('Read-only: this call comes from a campaign you are not assigned to.');
    expect(wrapper.findAll('button')).toHaveLength(0);
  });
});

describe('ContactPanel for a contact just created for an unknown caller', () => {
  it("reads it through its campaign: it is not the live state's contact", async () => {
    const api = new FakeApi()
      .on(MyCallContactDocument, {
        myCallContact: { campaign: { ...CAMPAIGN, ...COLUMNS }, contact: null, editable: true },
      })
      .on(CampaignContactDocument, {
        campaign: { ...CAMPAIGN, contactDatabase: { id: 'db-1', ...COLUMNS } },
        contact: CONTACT,
      });
    const { wrapper } = await mountPanel(api);
    expect(api.requests.map((request) => request.name)).toEqual(['MyCallContact', 'CampaignContact']);
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['phone', 'name', 'city']);
    expect(wrapper.find('button').text()).toBe('Edit');
  });
});
