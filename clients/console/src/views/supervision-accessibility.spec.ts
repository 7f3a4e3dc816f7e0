import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import axe from 'axe-core';
import * as G from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { mountScreen } from '@/components/spec-helpers';
import AgentsGrid from '@/components/supervision/AgentsGrid.vue';
import CampaignView from '@/components/supervision/CampaignView.vue';

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
}

const quarters = [{ startsAt: '2026-12-02T09:00:00.000Z', calls: 3, answered: 2, connected: 2, abandoned: 1 }];

describe('the supervision screens pass axe', () => {
  it('the agents grid, with a pause menu open and an agent on a call', async () => {
    const api = new FakeApi()
      .on(G.SupervisedCampaignsDocument, {
        campaigns: { nodes: [{ id: 'c1', name: 'Sales', type: 'INBOUND', state: 'ACTIVE' }] },
      })
      .on(G.SupervisedGroupsDocument, { agentGroups: { nodes: [{ id: 'group-1', name: 'Day' }] } })
      .on(G.PauseReasonsDocument, { pauses: { nodes: [{ id: 'p1', name: 'Lunch', type: 'RECREATIONAL' }] } })
      .on(G.MySpySessionDocument, { mySpySession: null });
    const talking = agentLive({ agentId: 'a1', username: 'ana', state: 'ON_CALL', callId: 'k', callCampaignId: 'c1' });
    const ready = agentLive({ agentId: 'a2', username: 'ben' });
    const { wrapper } = mountScreen(AgentsGrid, {
      api,
      state: { supervisedAgents: { byAgentId: { a1: talking, a2: ready }, stale: false } },
    });
    await flushPromises();
    await wrapper.find('tr[data-agent="ben"] button[aria-haspopup="menu"]').trigger('click');
    expect(await violations(wrapper.element)).toEqual([]);
  });

  it('an inbound campaign view with its chart', async () => {
    const api = new FakeApi().on(G.CampaignActivityByQuarterHourDocument, { campaignActivityByQuarterHour: quarters });
    const { wrapper } = mountScreen(CampaignView, {
      api,
      realActions: true,
      props: { campaign: { id: 'c1', name: 'Help desk', type: 'INBOUND', state: 'ACTIVE' } },
    });
    api.push(G.InboundQueueStatsChangedDocument, {
      inboundQueueStatsChanged: {
        id: 'e1',
        kind: 'SNAPSHOT',
        occurredAt: new Date().toISOString(),
        stats: {
          campaignId: 'c1',
          day: '2026-12-02',
          timeZone: 'UTC',
          waiting: [{ callId: 'w', phone: '555', position: 1, waitingSince: new Date().toISOString() }],
          longestWaitSince: new Date().toISOString(),
          answered: 1,
          abandoned: 0,
          abandonedDuringWelcome: 0,
          expired: 0,
          averageWaitSeconds: null,
          averageTalkSeconds: null,
          serviceLevelSeconds: 20,
          serviceLevelPercent: null,
          agentsByState: [{ state: 'READY', count: 1 }],
          updatedAt: new Date().toISOString(),
        },
      },
    });
    await flushPromises();
    expect(await violations(wrapper.element)).toEqual([]);
  });
});
