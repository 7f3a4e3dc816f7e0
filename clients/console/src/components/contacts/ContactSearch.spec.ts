import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  AgentCampaignsDocument,
  DialManualDocument,
  SearchCampaignContactsDocument,
  SearchContactsByPhoneDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import ContactSearch from './ContactSearch.vue';

function searchApi() {
  return new FakeApi()
    .on(AgentCampaignsDocument, {
      campaigns: {
        nodes: [{ id: 'camp-1', name: 'Sales', type: 'MANUAL', hiddenContactFields: [], contactDatabase: null }],
      },
    } as never)
    .on(SearchContactsByPhoneDocument, {
      searchContactsByPhone: [
        { id: 'c-1', phone: '5551234', data: { name: 'Ada' }, database: { id: 'db', name: 'Leads' } },
      ],
    })
    .on(SearchCampaignContactsDocument, {
      campaignContacts: { totalCount: 1, nodes: [{ id: 'c-2', phone: '5550000', data: { name: 'Grace' } }] },
    })
    .on(DialManualDocument, {
      dialManual: { callId: 'call-1', campaignId: 'camp-1', contactId: 'c-2', phone: '5550000' },
    });
}

afterEach(() => document.body.replaceChildren());

describe('ContactSearch', () => {
  it('finds a number across the databases, without a call button (no campaign)', async () => {
    const api = searchApi();
    const { wrapper } = mountScreen(ContactSearch, { api });
    await flushPromises();
    await wrapper.find('input[name="query"]').setValue('5551234');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({ name: 'SearchContactsByPhone', variables: { phone: '5551234' } });
    expect(wrapper.find('li').text()).toContain('Leads');
    expect(wrapper.find('li button').exists()).toBe(false);
  });

  it("searches one campaign's contacts by any text and calls a result for that campaign", async () => {
    const api = searchApi();
    const { wrapper } = mountScreen(ContactSearch, { api });
    await flushPromises();
    await wrapper.find('select[name="scope"]').setValue('camp-1');
    await wrapper.find('input[name="query"]').setValue('grace');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'SearchCampaignContacts',
      variables: { campaignId: 'camp-1', search: 'grace' },
    });

    await wrapper.find('button[aria-label="Call 5550000"]').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'DialManual',
      variables: { input: { campaignId: 'camp-1', contactId: 'c-2', phone: '5550000' } },
    });
    expect(wrapper.find('[role="status"]').text()).toBe('Calling 5550000…');
  });
});
