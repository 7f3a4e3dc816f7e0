import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { DialManualDocument, MarkCallbackDoneDocument, MyCallbacksDocument } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import AgendaList from './AgendaList.vue';

afterEach(() => document.body.replaceChildren());

describe('AgendaList', () => {
  it('lists personal callbacks and calls one now, which leaves the agenda', async () => {
    const api = new FakeApi()
      .on(MyCallbacksDocument, {
        callbacks: {
          nodes: [
            {
              id: 'cb-1',
              scheduledAt: '2099-01-01T10:00:00Z',
              note: 'After lunch',
              phone: '5551234',
              campaign: { id: 'camp-1', name: 'Sales' },
              contact: { id: 'c-1', phone: '5551234' },
            },
          ],
        },
      })
      .on(DialManualDocument, {
        dialManual: { callId: 'call-1', campaignId: 'camp-1', contactId: 'c-1', phone: '5551234' },
      })
      .on(MarkCallbackDoneDocument, { markCallbackDone: { id: 'cb-1', status: 'DONE' } });
    const { wrapper } = mountScreen(AgendaList, { api });
    await flushPromises();
    expect(wrapper.find('tbody').text()).toContain('After lunch');

    await wrapper.find('button[aria-label="Call 5551234 now"]').trigger('click');
    await flushPromises();
    expect(api.requests.map((r) => r.name)).toEqual(['MyCallbacks', 'DialManual', 'MarkCallbackDone']);
    expect(api.requests[1]!.variables).toEqual({ input: { campaignId: 'camp-1', contactId: 'c-1', phone: '5551234' } });
    expect(wrapper.text()).toContain('No pending callbacks.');
  });
});
