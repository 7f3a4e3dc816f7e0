import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { MyCallsDocument } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { startOfToday } from '@/composables/useMyCalls';
import { mountScreen } from '../spec-helpers';
import MyCalls from './MyCalls.vue';

describe('MyCalls', () => {
  it("lists the agent's calls since midnight", async () => {
    const api = new FakeApi().on(MyCallsDocument, {
      myCalls: {
        nodes: [
          {
            callId: 'c1',
            startedAt: '2026-12-02T09:15:00Z',
            phone: '5551234',
            campaign: { id: 'k', name: 'Support' },
            durationSeconds: 125,
            disposition: { id: 'o', name: 'Solved' },
          },
        ],
      },
    });
    const { wrapper } = mountScreen(MyCalls, { api });
    await flushPromises();
    expect(api.requests[0]).toEqual({ name: 'MyCalls', variables: { from: startOfToday() } });
    const cells = wrapper.findAll('tbody td').map((td) => td.text());
    expect(cells.slice(1)).toEqual(['5551234', 'Support', '02:05', 'Solved']);
  });

  it('says so in the agent’s language when the server refuses', async () => {
    const api = new FakeApi().on(MyCallsDocument, () => {
      throw Object.assign(new Error('Cannot query field "myCalls"'), { code: 'GRAPHQL_VALIDATION_FAILED' });
    });
    const { wrapper } = mountScreen(MyCalls, { api, locale: 'es' });
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('La consola y el servidor no coinciden; recargue la página.');
  });
});
