import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  CancelCallTransferDocument,
  CompleteCallTransferDocument,
  HangupCallDocument,
  HoldCallDocument,
  StartCallRecordingDocument,
  TagCallRecordingDocument,
  TransferCallDocument,
  TransferTargetsDocument,
  UnholdCallDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { mountScreen } from '../spec-helpers';
import CallControls from './CallControls.vue';

const group = { id: 'g', name: 'G', allowHold: true, allowAgentToAgentCalls: true, allowOutOfCampaignCalls: true };

function mountControls(api: FakeApi, allowHold = true) {
  return mountScreen(CallControls, {
    api,
    state: {
      session: {
        token: 't',
        me: { id: 'u', username: 'agent1', agentProfile: { id: 'ap', group: { ...group, allowHold } } },
      },
      agentState: {
        byAgentId: { 'agent-1': agentLive({ state: 'ON_CALL', callId: 'call-1' }) },
        myAgentId: 'agent-1',
        stale: false,
      },
      webphone: { call: { id: 's', direction: 'incoming', state: 'established', muted: false } },
    },
  });
}

const button = (wrapper: ReturnType<typeof mountControls>['wrapper'], name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name)!;

afterEach(() => document.body.replaceChildren());

describe('CallControls', () => {
  it('holds and resumes the call on the server, pressed state announced', async () => {
    const api = new FakeApi().on(HoldCallDocument, { holdCall: true }).on(UnholdCallDocument, { unholdCall: true });
    const { wrapper } = mountControls(api);
    await button(wrapper, 'Hold').trigger('click');
    await flushPromises();
    expect(button(wrapper, 'Resume call').attributes('aria-pressed')).toBe('true');
    await button(wrapper, 'Resume call').trigger('click');
    await flushPromises();
    expect(api.requests.map((r) => r.name)).toEqual(['HoldCall', 'UnholdCall']);
  });

  it('has no hold button when the group does not allow it', () => {
    const { wrapper } = mountControls(new FakeApi(), false);
    expect(wrapper.find('button[data-shortcut="hold"]').exists()).toBe(false);
  });

  it('mutes in the browser and sends DTMF from the keypad', async () => {
    const { wrapper, actions } = mountControls(new FakeApi());
    await button(wrapper, 'Mute').trigger('click');
    expect(actions.setMuted).toHaveBeenCalledWith(true);
    await button(wrapper, 'Keypad').trigger('click');
    await wrapper.find('button[aria-label="Tone 5"]').trigger('click');
    expect(actions.sendDtmf).toHaveBeenCalledWith('5');
  });

  it('starts recording on demand and tags the recording', async () => {
    const api = new FakeApi()
      .on(StartCallRecordingDocument, { startCallRecording: 'rec.wav' })
      .on(TagCallRecordingDocument, ({ note }) => ({
        tagCallRecording: { id: 'tag', note, at: '2026-12-02T10:00:00Z' },
      }));
    const { wrapper } = mountControls(api);
    await button(wrapper, 'Start recording').trigger('click');
    await flushPromises();
    expect(button(wrapper, 'Stop recording').exists()).toBe(true);
    await wrapper.find('input[name="tag"]').setValue('angry customer');
    await wrapper.find('form.tag').trigger('submit');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({ name: 'TagCallRecording', variables: { note: 'angry customer' } });
    expect(wrapper.text()).toContain('Tag saved');
  });

  it('hangs up on the server and in the browser', async () => {
    const api = new FakeApi().on(HangupCallDocument, { hangupCall: true });
    const { wrapper, actions } = mountControls(api);
    await wrapper.find('button[data-shortcut="hangup"]').trigger('click');
    await flushPromises();
    expect(api.requests.map((r) => r.name)).toEqual(['HangupCall']);
    expect(actions.hangup).toHaveBeenCalledOnce();
  });

  it('transfers consultatively to a ready agent, then completes or cancels', async () => {
    const agent = (agentId: string, displayName: string, sipExtension: number, state: string, extra = {}) => ({
      agentId,
      displayName,
      sipExtension,
      state,
      pauseId: null,
      pauseName: null,
      available: state === 'READY' || state === 'PAUSED',
      ...extra,
    });
    const api = new FakeApi()
      .on(TransferTargetsDocument, {
        // The server's order (available first, READY before PAUSED); OFFLINE agents are not shown.
        transferTargets: {
          agents: [
            agent('agent-2', 'Ana Ruiz', 1002, 'READY'),
            agent('agent-3', 'agent3', 1003, 'PAUSED', { pauseId: 'p-1', pauseName: 'Lunch' }),
            agent('agent-1', 'agent1', 1001, 'ON_CALL'),
            agent('agent-4', 'agent4', 1004, 'PAUSED', { pauseId: 'ACW', pauseName: 'ACW', available: false }),
            agent('agent-5', 'agent5', 1005, 'OFFLINE'),
          ],
          campaigns: [{ id: 'in-1', name: 'Support' }],
        },
      } as never)
      .on(TransferCallDocument, { transferCall: true })
      .on(CancelCallTransferDocument, { cancelCallTransfer: true })
      .on(CompleteCallTransferDocument, { completeCallTransfer: true });
    const { wrapper } = mountControls(api);
    await button(wrapper, 'Transfer').trigger('click');
    await flushPromises();
    const dialog = wrapper.find('dialog');
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.attributes('aria-labelledby')).toBe(dialog.find('h2').attributes('id'));
    const options = dialog.findAll('select[name="agent"] option');
    expect(options.map((o) => o.text())).toEqual([
      'Choose an agent',
      'Ana Ruiz (ext. 1002) — Ready',
      'agent3 (ext. 1003) — Paused: Lunch',
      'agent1 (ext. 1001) — On call',
      'agent4 (ext. 1004) — After-call work',
    ]);
    expect(options.map((o) => (o.element as HTMLOptionElement).disabled)).toEqual([true, false, false, true, true]);
    expect(dialog.find('[role="note"]').exists()).toBe(false);

    await dialog.find('input[value="CAMPAIGN"]').setValue(true);
    expect(dialog.findAll('select[name="campaign"] option').map((o) => o.text())).toEqual([
      'Choose a campaign',
      'Support',
    ]);
    await dialog.find('input[value="AGENT"]').setValue(true);

    await dialog.find('input[value="CONSULTATIVE"]').setValue(true);
    await dialog.find('select[name="agent"]').setValue('agent-2');
    await button(wrapper, 'Start transfer').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'TransferCall',
      variables: { input: { mode: 'CONSULTATIVE', targetType: 'AGENT', agentId: 'agent-2' } },
    });
    expect(wrapper.find('dialog [role="status"]').text()).toContain('The customer is on hold');

    await button(wrapper, 'Cancel transfer').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)?.name).toBe('CancelCallTransfer');
    expect(wrapper.find('select[name="agent"]').exists()).toBe(true);
  });

  it('says no agent is available when every colleague is busy or away, and no campaign when none is active', async () => {
    const api = new FakeApi().on(TransferTargetsDocument, {
      transferTargets: {
        agents: [
          {
            agentId: 'agent-1',
            displayName: 'agent1',
            sipExtension: 1001,
            state: 'ON_CALL',
            pauseId: null,
            pauseName: null,
            available: false,
          },
        ],
        campaigns: [],
      },
    } as never);
    const { wrapper } = mountControls(api);
    await button(wrapper, 'Transfer').trigger('click');
    await flushPromises();
    const dialog = wrapper.find('dialog');
    expect(dialog.find('[role="note"]').text()).toBe('No other agent is available to take the call.');
    expect(dialog.find('select[name="agent"] option[value="agent-1"]').attributes('disabled')).toBeDefined();
    await dialog.find('input[value="CAMPAIGN"]').setValue(true);
    expect(dialog.find('[role="note"]').text()).toBe('No inbound campaign is active to take the call.');
    expect(dialog.find('select[name="campaign"]').exists()).toBe(false);
  });
});
