import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  AgentCampaignsDocument,
  CallAgentDocument,
  DialManualDocument,
  ManualCallCandidatesDocument,
  TransferTargetsDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import ManualDial from './ManualDial.vue';

const campaigns = {
  campaigns: {
    nodes: [
      {
        id: 'camp-1',
        name: 'Sales',
        type: 'MANUAL',
        hiddenContactFields: ['dni'],
        contactDatabase: { id: 'db', columns: ['phone', 'mobile', 'name', 'dni'], phoneColumns: ['phone', 'mobile'] },
      },
    ],
  },
} as const;

function session(allowOutOfCampaignCalls: boolean, allowAgentToAgentCalls: boolean) {
  return {
    session: {
      token: 't',
      me: {
        id: 'u',
        agentProfile: { id: 'ap', group: { allowHold: true, allowOutOfCampaignCalls, allowAgentToAgentCalls } },
      },
    },
  };
}

function dialApi() {
  return new FakeApi()
    .on(AgentCampaignsDocument, campaigns as never)
    .on(ManualCallCandidatesDocument, {
      manualCallCandidates: [
        { id: 'c-1', phone: '5551234', data: { phone: '5551234', mobile: '155000', name: 'Ada' } },
      ],
    })
    .on(DialManualDocument, ({ input }) => ({
      dialManual: {
        callId: 'call-9',
        campaignId: input.campaignId ?? null,
        contactId: null,
        phone: input.phone ?? '155000',
      },
    }));
}

afterEach(() => document.body.replaceChildren());

describe('ManualDial', () => {
  it("offers the number's contacts and dials the phone column the agent picks", async () => {
    const api = dialApi();
    const { wrapper } = mountScreen(ManualDial, { api, state: session(false, false) });
    await flushPromises();
    await wrapper.find('input[name="phone"]').setValue('5551234');
    await wrapper.find('form.number').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'ManualCallCandidates',
      variables: { campaignId: 'camp-1', phone: '5551234' },
    });

    await wrapper.find('button[aria-label="Call Ada on mobile (155000)"]').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'DialManual',
      variables: { input: { campaignId: 'camp-1', contactId: 'c-1', phoneColumn: 'mobile' } },
    });
    expect(wrapper.find('[role="status"]').text()).toBe('Calling 155000…');
  });

  it('creates a contact with the visible columns and calls it', async () => {
    const api = dialApi();
    const { wrapper } = mountScreen(ManualDial, { api, state: session(false, false) });
    await flushPromises();
    await wrapper.find('input[name="phone"]').setValue('5559999');
    await wrapper.find('form.number').trigger('submit');
    await flushPromises();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'New contact')!
      .trigger('click');
    expect(wrapper.find('.new-contact input[name="dni"]').exists()).toBe(false);
    await wrapper.find('.new-contact input[name="name"]').setValue('Grace');
    await wrapper.find('.new-contact form').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { campaignId: 'camp-1', createContact: { name: 'Grace' }, phone: '5559999' },
    });
  });

  it('calls outside any campaign and other agents only when the group allows', async () => {
    const denied = mountScreen(ManualDial, { api: dialApi(), state: session(false, false) });
    await flushPromises();
    expect(denied.wrapper.findAll('select[name="campaign"] option').map((o) => o.text())).toEqual(['Sales']);
    expect(denied.wrapper.find('form.agent').exists()).toBe(false);
    denied.wrapper.unmount();

    const target = { sipExtension: 1002, pauseId: null, pauseName: null, available: true };
    const api = dialApi()
      .on(TransferTargetsDocument, {
        transferTargets: {
          agents: [
            { ...target, agentId: 'agent-2', displayName: 'Ana Ruiz', state: 'READY' },
            {
              ...target,
              agentId: 'agent-3',
              displayName: 'agent3',
              sipExtension: 1003,
              state: 'ON_CALL',
              available: false,
            },
          ],
          campaigns: [],
        },
      } as never)
      .on(CallAgentDocument, { callAgent: { callId: 'call-10', phone: '1002' } });
    const { wrapper } = mountScreen(ManualDial, { api, state: session(true, true) });
    await flushPromises();
    await wrapper.find('select[name="campaign"]').setValue('');
    await wrapper.find('input[name="phone"]').setValue('+5491100000');
    await wrapper.find('form.number').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'DialManual',
      variables: { input: { campaignId: null, phone: '+5491100000' } },
    });
    // The server's colleagues: the ready one can be called, the busy one is shown but cannot.
    const options = wrapper.findAll('form.agent select option');
    expect(options.map((o) => o.text())).toEqual([
      'Choose an agent',
      'Ana Ruiz (ext. 1002) — Ready',
      'agent3 (ext. 1003) — On call',
    ]);
    expect(wrapper.find('form.agent option[value="agent-3"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[role="note"]').exists()).toBe(false);
    await wrapper.find('form.agent select').setValue('agent-2');
    await wrapper.find('form.agent').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({ name: 'CallAgent', variables: { agentId: 'agent-2' } });
    expect(wrapper.find('[role="status"]').text()).toBe('Calling 1002…');
  });

  it('says no agent is available to call when every colleague is busy', async () => {
    const api = dialApi().on(TransferTargetsDocument, {
      transferTargets: {
        agents: [
          {
            agentId: 'agent-3',
            displayName: 'agent3',
            sipExtension: 1003,
            state: 'ON_CALL',
            pauseId: null,
            pauseName: null,
            available: false,
          },
        ],
        campaigns: [],
      },
    } as never);
    const { wrapper } = mountScreen(ManualDial, { api, state: session(true, true) });
    await flushPromises();
    expect(wrapper.find('[role="note"]').text()).toBe('No other agent is available to call.');
    expect(wrapper.find('form.agent button[type="submit"]').attributes('disabled')).toBeDefined();
  });
});
