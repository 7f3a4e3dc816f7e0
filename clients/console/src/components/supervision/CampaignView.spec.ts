import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CampaignActivityByQuarterHourDocument,
  CampaignCountersChangedDocument,
  CampaignDispositionsTodayDocument,
  DialerPacingChangedDocument,
  InboundQueueStatsChangedDocument,
  type InboundQueueStatsChangedSubscription,
  type CampaignCountersChangedSubscription,
  type DialerPacingChangedSubscription,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import type { CampaignCounters, DialerPacing, InboundQueueStats } from '@/stores';
import { mountScreen } from '../spec-helpers';
import CampaignView from './CampaignView.vue';

let n = 0;
const counters = (overrides: Partial<CampaignCounters> = {}): CampaignCounters => ({
  campaignId: 'c1',
  day: '2026-12-02',
  timeZone: 'UTC',
  dialed: 40,
  answered: 30,
  humansAnswered: 25,
  machines: 5,
  notAnswered: 10,
  connected: 22,
  lost: 3,
  engaged: 7,
  dialingNow: 4,
  pending: 120,
  agentsOnline: 6,
  agentsOnCall: 3,
  agentsPaused: 1,
  abandonRatePercent: 12,
  abandonRatePercent30Days: 2.5,
  updatedAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});
const countersEvent = (kind: 'SNAPSHOT' | 'CHANGE', value: CampaignCounters): CampaignCountersChangedSubscription => ({
  campaignCountersChanged: { id: `c${++n}`, kind, occurredAt: value.updatedAt, counters: value },
});
const pacing = (overrides: Partial<DialerPacing> = {}): DialerPacing => ({
  campaignId: 'c1',
  mode: 'predictive',
  dialLevel: null,
  forecastFreeAgents: 2.25,
  callsInFlight: 4,
  humansWaiting: 1,
  agentsLoggedIn: 6,
  agentsReady: 2,
  lastOriginated: 3,
  abandonTargetPercent: 3,
  decidedAt: '2026-12-02T10:00:01.000Z',
  ...overrides,
});
const pacingEvent = (kind: 'SNAPSHOT' | 'CHANGE', value: DialerPacing | null): DialerPacingChangedSubscription => ({
  dialerPacingChanged: { id: `p${++n}`, kind, occurredAt: '2026-12-02T10:00:01.000Z', pacing: value },
});

const quarters = [
  { startsAt: '2026-12-02T09:00:00.000Z', calls: 4, answered: 3, connected: 3, abandoned: 1 },
  { startsAt: '2026-12-02T09:15:00.000Z', calls: 9, answered: 7, connected: 6, abandoned: 2 },
  { startsAt: '2026-12-02T09:30:00.000Z', calls: 2, answered: 2, connected: 2, abandoned: 0 },
];

const NOW = Date.parse('2026-12-02T10:00:30.000Z');
const queue = (overrides: Partial<InboundQueueStats> = {}): InboundQueueStats => ({
  campaignId: 'c1',
  day: '2026-12-02',
  timeZone: 'UTC',
  waiting: [
    { callId: 'w1', phone: '5550001', position: 1, waitingSince: new Date(NOW - 95_000).toISOString() },
    { callId: 'w2', phone: null, position: 2, waitingSince: new Date(NOW - 10_000).toISOString() },
  ],
  longestWaitSince: new Date(NOW - 95_000).toISOString(),
  answered: 12,
  abandoned: 3,
  abandonedDuringWelcome: 1,
  expired: 2,
  averageWaitSeconds: 14.4,
  averageTalkSeconds: 185,
  serviceLevelSeconds: 20,
  serviceLevelPercent: 66.67,
  agentsByState: [
    { state: 'READY', count: 2 },
    { state: 'ON_CALL', count: 3 },
  ],
  updatedAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});
const queueEvent = (kind: 'SNAPSHOT' | 'CHANGE', value: InboundQueueStats): InboundQueueStatsChangedSubscription => ({
  inboundQueueStatsChanged: { id: `q${++n}`, kind, occurredAt: new Date(NOW).toISOString(), stats: value },
});

function mountView(type: 'DIALER' | 'MANUAL' | 'PREVIEW' | 'INBOUND', locale: 'en' | 'es' = 'en') {
  const api = new FakeApi()
    .on(CampaignActivityByQuarterHourDocument, { campaignActivityByQuarterHour: quarters })
    .on(CampaignDispositionsTodayDocument, {
      campaignDispositionsToday: [
        { optionId: 'o1', name: 'Sale', count: 4 },
        { optionId: 'o2', name: 'Not interested', count: 9 },
      ],
    });
  const mounted = mountScreen(CampaignView, {
    api,
    locale,
    realActions: true,
    props: { campaign: { id: 'c1', name: 'Debt', type, state: 'ACTIVE' } },
  });
  return { ...mounted, api };
}

const stat = (wrapper: ReturnType<typeof mountView>['wrapper'], id: string) =>
  wrapper.find(`[data-stat="${id}"] dd`).text();

describe('CampaignView', () => {
  it("a manual campaign: today's calls, connected and engaged dispositions, live", async () => {
    const { wrapper, api } = mountView('MANUAL');
    expect(api.open(CampaignCountersChangedDocument).map((s) => s.variables)).toEqual([{ campaignId: 'c1' }]);
    expect(api.open(DialerPacingChangedDocument)).toHaveLength(0);
    api.push(CampaignCountersChangedDocument, countersEvent('SNAPSHOT', counters()));
    await flushPromises();
    expect(wrapper.findAll('[data-stat]').map((tile) => tile.attributes('data-stat'))).toEqual([
      'dialed',
      'connected',
      'engaged',
      'agentsOnline',
      'agentsOnCall',
      'agentsPaused',
    ]);
    expect(stat(wrapper, 'dialed')).toBe('40');
    api.push(
      CampaignCountersChangedDocument,
      countersEvent('CHANGE', counters({ dialed: 41, updatedAt: '2026-12-02T10:00:02.000Z' })),
    );
    // A late change (older figures) is dropped.
    api.push(
      CampaignCountersChangedDocument,
      countersEvent('CHANGE', counters({ dialed: 39, updatedAt: '2026-12-02T09:59:00.000Z' })),
    );
    await flushPromises();
    expect(stat(wrapper, 'dialed')).toBe('41');
  });

  it("a dialer campaign: lines in flight, the pacer's decision and the abandon rate against the target", async () => {
    const { wrapper, api } = mountView('DIALER');
    api.push(CampaignCountersChangedDocument, countersEvent('SNAPSHOT', counters()));
    api.push(DialerPacingChangedDocument, pacingEvent('SNAPSHOT', pacing()));
    await flushPromises();
    expect(stat(wrapper, 'mode')).toBe('Predictive');
    expect(stat(wrapper, 'forecastFreeAgents')).toBe('2.25');
    expect(stat(wrapper, 'dialLevel')).toBe('–');
    expect(stat(wrapper, 'callsInFlight')).toBe('4');
    expect(stat(wrapper, 'abandonRate')).toBe('12 %');
    expect(stat(wrapper, 'abandonTarget')).toBe('3 %');
    // Over the target today, under it over 30 days.
    expect(wrapper.find('[data-stat="abandonRate"]').classes()).toContain('alert');
    expect(wrapper.find('[data-stat="abandonRate30Days"]').classes()).not.toContain('alert');

    api.push(DialerPacingChangedDocument, pacingEvent('CHANGE', null));
    await flushPromises();
    expect(wrapper.text()).toContain('No dialer is deciding for this campaign now.');
  });

  it("a manual campaign: today's dispositions and the day's chart with an accessible title", async () => {
    const { wrapper } = mountView('MANUAL');
    await flushPromises();
    expect(wrapper.findAll('[data-option]').map((row) => row.text())).toEqual(['Sale4', 'Not interested9']);
    const svg = wrapper.find('svg[role="img"]');
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ');
    expect(wrapper.find(`[id="${titleId}"]`).text()).toBe('Debt: today by quarter-hour');
    expect(wrapper.find(`[id="${descId}"]`).text()).toBe(
      '15 calls today, 12 answered, 3 abandoned; busiest quarter-hour at 09:15.',
    );
    expect(svg.findAll('rect[data-series="calls"]').map((bar) => bar.attributes('data-value'))).toEqual([
      '4',
      '9',
      '2',
    ]);
    const heights = svg.findAll('rect[data-series="calls"]').map((bar) => Number(bar.attributes('height')));
    expect(heights[1]).toBeGreaterThan(heights[0]!);
  });

  it('an inbound campaign: callers waiting with their waits, the day, service level, agents by state', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const { wrapper, api } = mountView('INBOUND');
      expect(api.open(InboundQueueStatsChangedDocument).map((s) => s.variables)).toEqual([{ campaignId: 'c1' }]);
      expect(api.open(CampaignCountersChangedDocument)).toHaveLength(0);
      api.push(InboundQueueStatsChangedDocument, queueEvent('SNAPSHOT', queue()));
      await flushPromises();
      expect(stat(wrapper, 'waiting')).toBe('2');
      expect(stat(wrapper, 'longestWait')).toBe('01:35');
      expect(stat(wrapper, 'abandonedDuringWelcome')).toBe('1');
      expect(stat(wrapper, 'expired')).toBe('2');
      expect(stat(wrapper, 'averageWait')).toBe('00:14');
      expect(stat(wrapper, 'averageTalk')).toBe('03:05');
      expect(wrapper.find('[data-stat="serviceLevel"] dt').text()).toBe('Answered within 20 s');
      expect(stat(wrapper, 'serviceLevel')).toBe('66.7 %');
      expect(wrapper.findAll('[data-test="waiting-caller"]').map((row) => row.text())).toEqual([
        '1555000101:35',
        '2Hidden00:10',
      ]);
      expect(wrapper.find('[data-state="ON_CALL"]').text()).toBe('On call: 3');

      // The caller answered: a newer change replaces; an older one is dropped.
      const later = queue({ waiting: [], longestWaitSince: null, answered: 13, updatedAt: '2026-12-02T10:00:10.000Z' });
      api.push(InboundQueueStatsChangedDocument, queueEvent('CHANGE', later));
      api.push(
        InboundQueueStatsChangedDocument,
        queueEvent('CHANGE', queue({ answered: 11, updatedAt: '2026-12-02T09:00:00.000Z' })),
      );
      await flushPromises();
      expect(stat(wrapper, 'answered')).toBe('13');
      expect(stat(wrapper, 'longestWait')).toBe('–');
      expect(wrapper.text()).toContain('Nobody is waiting.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('unsubscribes when the view goes', async () => {
    const { wrapper, api } = mountView('DIALER');
    wrapper.unmount();
    expect(api.open(CampaignCountersChangedDocument)).toHaveLength(0);
    expect(api.open(DialerPacingChangedDocument)).toHaveLength(0);
  });

  it('speaks Spanish', async () => {
    const { wrapper, api } = mountView('PREVIEW', 'es');
    api.push(CampaignCountersChangedDocument, countersEvent('SNAPSHOT', counters()));
    await flushPromises();
    expect(wrapper.find('.type').text()).toBe('Preview');
    expect(wrapper.find('[data-stat="dialed"] dt').text()).toBe('Llamadas');
    expect(wrapper.find('[data-stat="engaged"] dt').text()).toBe('Gestiones');
  });
});
