import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { CallContactDocument, CallContextDocument } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { mountScreen } from '../spec-helpers';
import IncomingCallBanner from './IncomingCallBanner.vue';

function sipCall(autoAnswer: boolean) {
  return {
    id: 'sip-1',
    direction: 'incoming',
    state: 'ringing',
    remoteNumber: '1001',
    autoAnswer,
    muted: false,
    held: false,
    startedAt: 0,
    establishedAt: null,
    endedAt: null,
    endCause: null,
  };
}

function api(showCampaignName = true) {
  return new FakeApi()
    .on(CallContextDocument, {
      campaign: {
        id: 'camp-1',
        name: 'Support',
        type: 'INBOUND',
        showCampaignName,
        interactionType: 'FORM',
        externalUrl: null,
        speech: null,
        contactDatabase: { id: 'db', phoneColumns: ['phone'] },
      },
    })
    .on(CallContactDocument, {
      contact: { id: 'contact-1', phone: '5551234', data: { phone: '5551234', name: 'Ada', surname: 'Lovelace' } },
    });
}

function mountBanner(autoAnswer: boolean, fake = api()) {
  const agent = agentLive({
    state: 'RINGING',
    callId: 'call-1',
    callCampaignId: 'camp-1',
    contactId: 'contact-1',
    phone: '5551234',
  });
  return mountScreen(IncomingCallBanner, {
    api: fake,
    state: {
      agentState: { byAgentId: { 'agent-1': agent }, myAgentId: 'agent-1', stale: false },
      webphone: { call: sipCall(autoAnswer), registration: 'registered', microphone: 'granted' },
    },
  });
}

afterEach(() => document.body.replaceChildren());

describe('IncomingCallBanner', () => {
  it('shows the number, the campaign and the contact, and rings for the agent to answer', async () => {
    const { wrapper, actions } = mountBanner(false);
    await flushPromises();
    expect(wrapper.find('[role="alert"]').attributes('aria-label')).toBe('Incoming call');
    expect(wrapper.find('[data-test="incoming-number"]').text()).toBe('5551234');
    expect(wrapper.find('[data-test="incoming-campaign"]').text()).toBe('Campaign: Support');
    expect(wrapper.find('[data-test="incoming-contact"]').text()).toBe('Ada Lovelace');
    await wrapper.find('button[data-shortcut="answer"]').trigger('click');
    expect(actions.answer).toHaveBeenCalledOnce();
  });

  it('offers no answer button when the call is answered automatically', async () => {
    const { wrapper } = mountBanner(true);
    await flushPromises();
    expect(wrapper.text()).toContain('Answering automatically…');
    expect(wrapper.find('button[data-shortcut="answer"]').exists()).toBe(false);
  });

  it("keeps the campaign's name from agents when the campaign says so", async () => {
    const { wrapper } = mountBanner(false, api(false));
    await flushPromises();
    expect(wrapper.find('[data-test="incoming-campaign"]').exists()).toBe(false);
  });
});
