import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import axe from 'axe-core';
import * as G from '@/generated/graphql';
import { mountScreen } from '@/components/spec-helpers';
import { adminApi } from '@/components/admin/admin-spec-fixtures';
import InboundRoutesAdmin from '@/components/admin/InboundRoutesAdmin.vue';
import IvrsAdmin from '@/components/admin/IvrsAdmin.vue';
import TimeGroupsAdmin from '@/components/admin/TimeGroupsAdmin.vue';
import TimeConditionsAdmin from '@/components/admin/TimeConditionsAdmin.vue';
import AudioLibrary from '@/components/admin/AudioLibrary.vue';

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
}

const audio = {
  id: 'a1',
  name: 'Welcome',
  originalFileName: 'welcome.wav',
  durationSeconds: 2,
  sizeBytes: 32000,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const route = {
  id: 'r1',
  name: 'Main',
  did: '5411',
  callerIdPrefix: '',
  language: 'en',
  destination: { type: 'IVR' as const, id: 'ivr-1' },
};
const ivr = {
  id: 'ivr-1',
  name: 'Main menu',
  mainAudioId: 'a1',
  timeoutSeconds: 5,
  timeoutRetries: 2,
  timeoutAudioId: null,
  timeoutDestination: { type: 'HANGUP' as const, id: null },
  invalidRetries: 2,
  invalidAudioId: null,
  invalidDestination: { type: 'HANGUP' as const, id: null },
  options: [{ digit: '1', destination: { type: 'CAMPAIGN' as const, id: 'camp-1' } }],
};
const rules = [
  {
    startTime: '09:00',
    endTime: '18:00',
    weekdayFrom: 'MONDAY' as const,
    weekdayTo: 'FRIDAY' as const,
    dayOfMonthFrom: null,
    dayOfMonthTo: null,
    monthFrom: null,
    monthTo: null,
  },
];

describe('the administration screens pass axe, each with its form open', () => {
  const screens = [
    {
      name: 'inbound routes',
      component: InboundRoutesAdmin,
      api: () =>
        adminApi().on(G.InboundRoutesDocument, {
          inboundRoutes: { nodes: [route] },
          promptLanguages: [{ code: 'en', installed: true }],
        }),
    },
    {
      name: 'IVRs',
      component: IvrsAdmin,
      api: () =>
        adminApi()
          .on(G.IvrsDocument, { ivrs: { nodes: [ivr] } })
          .on(G.AudioFilesDocument, { audioFiles: [audio] }),
    },
    {
      name: 'time groups',
      component: TimeGroupsAdmin,
      api: () =>
        adminApi().on(G.TimeGroupsDocument, { timeGroups: { nodes: [{ id: 'tg-1', name: 'Office', rules }] } }),
    },
    {
      name: 'time conditions',
      component: TimeConditionsAdmin,
      api: () =>
        adminApi().on(G.TimeConditionsDocument, {
          timeConditions: {
            nodes: [
              {
                id: 'tc-1',
                name: 'Hours',
                timeZone: 'UTC',
                timeGroup: { id: 'tg-1', name: 'Office' },
                matchDestination: { type: 'IVR', id: 'ivr-1' },
                otherwiseDestination: { type: 'HANGUP', id: null },
              },
            ],
          },
          timeGroups: { nodes: [{ id: 'tg-1', name: 'Office' }] },
        }),
    },
  ];

  for (const screen of screens) {
    it(screen.name, async () => {
      const { wrapper } = mountScreen(screen.component, { api: screen.api() });
      await flushPromises();
      await wrapper.find('button[aria-label^="Edit"]').trigger('click');
      expect(await violations(wrapper.element)).toEqual([]);
    });
  }

  it('the audio library', async () => {
    const { wrapper } = mountScreen(AudioLibrary, {
      api: adminApi().on(G.AudioFilesDocument, { audioFiles: [audio] }),
      state: { session: { token: 't', me: null } },
    });
    await flushPromises();
    expect(await violations(wrapper.element)).toEqual([]);
  });
});
