import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import axe from 'axe-core';
import * as G from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { mountScreen } from '@/components/spec-helpers';
import WorkspaceView from './WorkspaceView.vue';
import AgendaList from '@/components/agenda/AgendaList.vue';
import ContactSearch from '@/components/contacts/ContactSearch.vue';
import LoginForm from '@/components/login/LoginForm.vue';
import AgentStatusBar from '@/components/status/AgentStatusBar.vue';

const database = { id: 'db', columns: ['phone', 'name'], phoneColumns: ['phone'] };
const group = { id: 'g', allowHold: true, allowOutOfCampaignCalls: true, allowAgentToAgentCalls: true };

function api() {
  return new FakeApi()
    .on(G.AgentCampaignsDocument, {
      campaigns: {
        nodes: [{ id: 'camp-1', name: 'Sales', type: 'MANUAL', hiddenContactFields: [], contactDatabase: database }],
      },
    } as never)
    .on(G.TransferTargetsDocument, {
      transferTargets: {
        agents: [
          {
            agentId: 'a2',
            displayName: 'agent2',
            sipExtension: 1002,
            state: 'READY',
            pauseId: null,
            pauseName: null,
            available: true,
          },
        ],
        campaigns: [],
      },
    })
    .on(G.PauseReasonsDocument, { pauses: { nodes: [{ id: 'p1', name: 'Lunch', type: 'RECREATIONAL' }] } })
    .on(G.CallContextDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Sales',
        type: 'MANUAL',
        showCampaignName: true,
        speech: 'Hello',
        interactionType: 'FORM',
        externalUrl: null,
        contactDatabase: database,
      },
    })
    .on(G.CallContactDocument, { contact: { id: 'c-1', phone: '5551234', data: { phone: '5551234', name: 'Ada' } } })
    .on(G.MyCallContactDocument, {
      myCallContact: {
        campaign: {
          id: 'camp-1',
          name: 'Sales',
          hiddenContactFields: [],
          blockedContactFields: ['phone'],
          columns: database.columns,
          phoneColumns: database.phoneColumns,
        },
        contact: { id: 'c-1', phone: '5551234', data: { phone: '5551234', name: 'Ada' } },
        editable: true,
      },
    })
    .on(G.CampaignContactDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Sales',
        hiddenContactFields: [],
        blockedContactFields: ['phone'],
        contactDatabase: database,
      },
      contact: { id: 'c-1', phone: '5551234', data: { phone: '5551234', name: 'Ada' } },
    })
    .on(G.DispositionContextDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Sales',
        type: 'DIALER',
        dispositionOptions: [
          {
            id: 'o1',
            name: 'Sale',
            type: 'ENGAGED',
            position: 1,
            hidden: false,
            form: {
              id: 'f',
              name: 'Sale',
              fields: [
                { id: 'a', name: 'plan', label: 'Plan', type: 'LIST', required: true, options: ['Basic'], position: 1 },
                { id: 'b', name: 'age', label: 'Age', type: 'NUMBER', required: false, options: [], position: 2 },
                { id: 'c', name: 'notes', label: 'Notes', type: 'TEXTAREA', required: false, options: [], position: 3 },
              ],
            },
          },
          { id: 'o2', name: 'Call back', type: 'CALLBACK', position: 2, hidden: false, form: null },
        ],
      },
    } as never)
    .on(G.MyCallbacksDocument, {
      callbacks: {
        nodes: [
          {
            id: 'cb',
            scheduledAt: '2099-01-01T10:00:00Z',
            note: null,
            phone: '5551234',
            campaign: { id: 'camp-1', name: 'Sales' },
            contact: { id: 'c-1', phone: '5551234' },
          },
        ],
      },
    });
}

const state = {
  session: { token: 't', me: { id: 'u', username: 'agent1', agentProfile: { id: 'ap', group } } },
  agentState: {
    byAgentId: {
      'agent-1': agentLive({
        state: 'ON_CALL',
        callId: 'call-1',
        callCampaignId: 'camp-1',
        contactId: 'c-1',
        phone: '5551234',
      }),
    },
    myAgentId: 'agent-1',
    stale: false,
  },
  webphone: {
    registration: 'registered',
    microphone: 'prompt',
    call: { id: 's', direction: 'incoming', state: 'established', muted: false },
  },
  connection: { status: 'connected', serverOffsetMs: 0 },
};

/** axe's rules that make sense without layout (happy-dom draws nothing, so no colour contrast). */
async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('is a live check: an unnamed button fails it', async () => {
    const broken = document.createElement('div');
    broken.innerHTML = '<button type="button"></button>';
    document.body.append(broken);
    expect((await violations(broken)).map((v) => v.split(':')[0])).toContain('button-name');
  });

  it('the workspace on a call, with an ENGAGED form open', async () => {
    const { wrapper } = mountScreen(WorkspaceView, { api: api(), state });
    await flushPromises();
    await wrapper.find('select[name="option"]').setValue('o1');
    expect(await violations(wrapper.element)).toEqual([]);
  });

  it('the callback fields and the keypad', async () => {
    const { wrapper } = mountScreen(WorkspaceView, { api: api(), state });
    await flushPromises();
    await wrapper.find('select[name="option"]').setValue('o2');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Keypad')!
      .trigger('click');
    expect(await violations(wrapper.element)).toEqual([]);
  });

  it('the status bar with its pause menu open', async () => {
    const ready = {
      ...state,
      agentState: { byAgentId: { 'agent-1': agentLive() }, myAgentId: 'agent-1', stale: false },
    };
    const { wrapper } = mountScreen(AgentStatusBar, { api: api(), state: ready });
    await flushPromises();
    await wrapper.find('button[aria-haspopup="menu"]').trigger('click');
    expect(await violations(wrapper.element)).toEqual([]);
  });

  it('the login, the agenda and the contact search', async () => {
    for (const component of [LoginForm, AgendaList, ContactSearch]) {
      const { wrapper } = mountScreen(component, { api: api(), state });
      await flushPromises();
      expect(await violations(wrapper.element)).toEqual([]);
      wrapper.unmount();
    }
  });
});
