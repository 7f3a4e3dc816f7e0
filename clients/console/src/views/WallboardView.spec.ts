import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import {
  CampaignActivityByQuarterHourDocument,
  CampaignCountersChangedDocument,
  InboundQueueStatsChangedDocument,
  SupervisedCampaignsDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '@/components/spec-helpers';
import WallboardView from './WallboardView.vue';

function api() {
  return new FakeApi()
    .on(SupervisedCampaignsDocument, {
      campaigns: {
        nodes: [
          { id: 'c-in', name: 'Help desk', type: 'INBOUND', state: 'ACTIVE' },
          { id: 'c-old', name: 'Finished', type: 'MANUAL', state: 'FINISHED' },
          { id: 'c-out', name: 'Renewals', type: 'DIALER', state: 'ACTIVE' },
        ],
      },
    })
    .on(CampaignActivityByQuarterHourDocument, { campaignActivityByQuarterHour: [] });
}

async function mountWallboard(query = '', locale: 'en' | 'es' = 'en', fake = api()) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/wallboard', component: WallboardView }],
  });
  await router.push(`/wallboard${query}`);
  const mounted = mountScreen(
    { components: { WallboardView }, template: '<WallboardView />' },
    { api: fake, locale, realActions: true, plugins: [router] },
  );
  return { ...mounted, fake, router };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

describe('WallboardView', () => {
  it('shows the active campaigns in turn, each with its own live feed', async () => {
    const { wrapper, fake } = await mountWallboard('?seconds=20');
    await flushPromises();
    expect(wrapper.find('h2').text()).toBe('Help desk');
    expect(fake.open(InboundQueueStatsChangedDocument).map((s) => s.variables)).toEqual([{ campaignId: 'c-in' }]);

    vi.advanceTimersByTime(20_000);
    await flushPromises();
    expect(wrapper.find('h2').text()).toBe('Renewals');
    expect(fake.open(InboundQueueStatsChangedDocument)).toHaveLength(0);
    expect(fake.open(CampaignCountersChangedDocument).map((s) => s.variables)).toEqual([{ campaignId: 'c-out' }]);

    vi.advanceTimersByTime(20_000);
    await flushPromises();
    // The finished campaign is skipped: back to the first.
    expect(wrapper.find('h2').text()).toBe('Help desk');
  });

  it('says so in Spanish when no campaign is active', async () => {
    const none = api().on(SupervisedCampaignsDocument, { campaigns: { nodes: [] } });
    const { wrapper } = await mountWallboard('', 'es', none);
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe('Tablero de pared');
    expect(wrapper.find('.empty').text()).toBe('Ninguna campaña activa.');
  });
});
