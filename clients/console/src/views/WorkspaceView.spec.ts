import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  AgentCampaignsDocument,
  CallContactDocument,
  CallContextDocument,
  CampaignContactDocument,
  CreateCampaignContactDocument,
  DispositionContextDocument,
  DisposeContactDocument,
  MyCallContactDocument,
  NewContactShapeDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { useAgentStateStore, type AgentLive } from '@/stores';
import { mountScreen } from '@/components/spec-helpers';
import WorkspaceView from './WorkspaceView.vue';

const database = { id: 'db', columns: ['phone', 'name'], phoneColumns: ['phone'] };

/** myCallContact's answer: the live state's call contact (c-1 unless a test says otherwise). */
function callView(contactId: string, editable = true) {
  return {
    myCallContact: {
      campaign: {
        id: 'camp-1',
        name: 'Support',
        hiddenContactFields: [],
        blockedContactFields: [],
        columns: database.columns,
        phoneColumns: database.phoneColumns,
      },
      contact: { id: contactId, phone: '5551234', data: { phone: '5551234', name: 'Ada' } },
      editable,
    },
  };
}

function workspaceApi(myCall = callView('c-1')) {
  return new FakeApi()
    .on(MyCallContactDocument, myCall)
    .on(AgentCampaignsDocument, { campaigns: { nodes: [] } })
    .on(CallContextDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Support',
        type: 'INBOUND',
        showCampaignName: true,
        speech: 'Greet the customer.',
        interactionType: 'FORM',
        externalUrl: null,
        contactDatabase: database,
      },
    })
    .on(CallContactDocument, ({ contactId }) => ({
      contact: { id: contactId, phone: '5551234', data: { phone: '5551234', name: 'Ada' } },
    }))
    .on(CampaignContactDocument, ({ contactId }) => ({
      campaign: {
        id: 'camp-1',
        name: 'Support',
        hiddenContactFields: [],
        blockedContactFields: [],
        contactDatabase: database,
      },
      contact: { id: contactId, phone: '5551234', data: { phone: '5551234', name: 'Ada' } },
    }))
    .on(DispositionContextDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Support',
        type: 'INBOUND',
        dispositionOptions: [
          { id: 'opt-1', name: 'Solved', type: 'NO_ACTION', position: 1, hidden: false, form: null },
        ],
      },
    })
    .on(DisposeContactDocument, {
      disposeContact: { id: 'd-1', revision: 1, option: { id: 'opt-1', name: 'Solved', type: 'NO_ACTION' } },
    });
}

function mountWorkspace(agent: AgentLive, api = workspaceApi()) {
  return mountScreen(WorkspaceView, {
    api,
    state: {
      agentState: { byAgentId: { [agent.agentId]: agent }, myAgentId: agent.agentId, stale: false },
      webphone: { registration: 'registered', microphone: 'granted', call: null },
    },
  });
}

afterEach(() => document.body.replaceChildren());

describe('WorkspaceView', () => {
  it('keeps a forced ACW on the disposition form until the call is dispositioned', async () => {
    const acw = agentLive({
      state: 'PAUSED',
      pauseId: 'ACW',
      callId: 'call-1',
      callCampaignId: 'camp-1',
      contactId: 'c-1',
      phone: '5551234',
      dispositionPending: true,
    });
    const { wrapper, api } = mountWorkspace(acw);
    await flushPromises();
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('This call must be dispositioned before you can take another.');
    expect(wrapper.text()).toContain('Greet the customer.');
    expect(wrapper.find('[data-field="name"]').text()).toContain('Ada');

    await wrapper.find('select[name="option"]').setValue('opt-1');
    await wrapper.find('form[aria-label="Disposition"]').trigger('submit');
    await flushPromises();
    expect(api.requests.find((r) => r.name === 'DisposeContact')?.variables).toMatchObject({
      input: { campaignId: 'camp-1', contactId: 'c-1', callId: 'call-1', optionId: 'opt-1' },
    });
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(false);
  });

  it('lets the agent create an unknown caller as a contact, then disposition the call for it', async () => {
    const api = workspaceApi()
      .on(NewContactShapeDocument, { campaign: { id: 'camp-1', hiddenContactFields: [], contactDatabase: database } })
      .on(CreateCampaignContactDocument, ({ data }) => ({
        createCampaignContact: { id: 'c-new', phone: '5559999', data },
      }));
    const onCall = agentLive({
      state: 'ON_CALL',
      callId: 'call-2',
      callCampaignId: 'camp-1',
      contactId: null,
      phone: '5559999',
    });
    const { wrapper } = mountWorkspace(onCall, api);
    await flushPromises();

    const create = wrapper.find('form[aria-label="New contact for this call"]');
    expect((create.find('input[name="phone"]').element as HTMLInputElement).value).toBe('5559999');
    expect(wrapper.find('form[aria-label="Disposition"] button[type="submit"]').attributes('disabled')).toBeDefined();

    await create.find('input[name="name"]').setValue('Grace');
    await create.trigger('submit');
    await flushPromises();
    expect(api.requests.find((r) => r.name === 'CreateCampaignContact')?.variables).toEqual({
      campaignId: 'camp-1',
      data: { phone: '5559999', name: 'Grace' },
    });
    expect(wrapper.find('form[aria-label="New contact for this call"]').exists()).toBe(false);

    await wrapper.find('select[name="option"]').setValue('opt-1');
    await wrapper.find('form[aria-label="Disposition"]').trigger('submit');
    await flushPromises();
    expect(api.requests.find((r) => r.name === 'DisposeContact')?.variables).toMatchObject({
      input: { contactId: 'c-new', callId: 'call-2' },
    });
  });

  it('keeps the form for the last call when ACW runs out before the disposition, until saved', async () => {
    const acw = agentLive({
      state: 'PAUSED',
      pauseId: 'ACW',
      callId: 'call-3',
      callCampaignId: 'camp-1',
      contactId: 'c-3',
      phone: '5551234',
      version: 5,
    });
    const { wrapper, api, pinia } = mountWorkspace(acw);
    await flushPromises();
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(true);

    // Auto-unpause: the server's READY carries no call any more.
    const store = useAgentStateStore(pinia);
    store.byAgentId = {
      [acw.agentId]: {
        ...acw,
        state: 'READY',
        pauseId: null,
        callId: null,
        callCampaignId: null,
        contactId: null,
        version: 6,
      },
    };
    await flushPromises();
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(true);

    await wrapper.find('select[name="option"]').setValue('opt-1');
    await wrapper.find('form[aria-label="Disposition"]').trigger('submit');
    await flushPromises();
    expect(api.requests.find((r) => r.name === 'DisposeContact')?.variables).toMatchObject({
      input: { campaignId: 'camp-1', contactId: 'c-3', callId: 'call-3', optionId: 'opt-1' },
    });
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Disposition saved');
  });

  it('drops the undispositioned form of the last call when the next call arrives', async () => {
    const acw = agentLive({
      state: 'PAUSED',
      pauseId: 'ACW',
      callId: 'call-4',
      callCampaignId: 'camp-1',
      contactId: 'c-4',
      version: 5,
    });
    const { wrapper, pinia } = mountWorkspace(acw);
    await flushPromises();
    const store = useAgentStateStore(pinia);
    store.byAgentId = { [acw.agentId]: { ...acw, state: 'READY', pauseId: null, callId: null, version: 6 } };
    await flushPromises();
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(true);

    store.byAgentId = {
      [acw.agentId]: { ...acw, state: 'RINGING', pauseId: null, callId: 'call-5', contactId: 'c-5', version: 7 },
    };
    await flushPromises();
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(false);
  });

  it('shows no call panels when there is no call', async () => {
    const { wrapper } = mountWorkspace(agentLive({ state: 'READY' }));
    await flushPromises();
    expect(wrapper.text()).toContain('No call right now.');
    expect(wrapper.find('form[aria-label="Disposition"]').exists()).toBe(false);
  });

  it('shows the contact of a call transferred in from a campaign the agent is not assigned to, read-only', async () => {
    const transferred = agentLive({
      state: 'ON_CALL',
      callId: 'call-9',
      callCampaignId: 'camp-1',
      contactId: 'c-9',
      phone: '5551234',
    });
    const { wrapper, api } = mountWorkspace(transferred, workspaceApi(callView('c-9', false)));
    await flushPromises();
    expect(wrapper.find('[data-field="name"]').text()).toContain('Ada');
    expect(wrapper.text()).toContain('Read-only: this call comes from a campaign you are not assigned to.');
    expect(wrapper.find('section.contact button').exists()).toBe(false);
    expect(api.requests.map((r) => r.name)).not.toContain('CampaignContact');
  });
});
