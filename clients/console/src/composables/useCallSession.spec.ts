import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { createTestingPinia } from '@pinia/testing';
import { apiKey } from '../api/client';
import { HangupCallDocument, HoldCallDocument, UnholdCallDocument } from '../generated/graphql';
import { useCallsStore, useWebphoneStore } from '../stores';
import { FakeApi } from '../testing/fake-api';
import { FakeSession, FakeUA, account } from '../testing/fake-jssip';
import { agentLive, callEvent } from '../testing/fixtures';
import { Webphone } from '../webphone';
import { webphoneKey } from '../webphone/provide';
import { mirrorWebphone } from './useWebphone';
import { useCallSession } from './useCallSession';

async function setup(api = new FakeApi(), withPhone = true) {
  let ua!: FakeUA;
  const webphone = new Webphone({ createUA: (c) => (ua = new FakeUA(c)), statsIntervalMs: 0 });
  const pinia = createTestingPinia({ stubActions: false, createSpy: vi.fn });
  mirrorWebphone(webphone, useWebphoneStore(pinia));
  await webphone.start(account);
  let session!: ReturnType<typeof useCallSession>;
  const Probe = defineComponent({
    setup() {
      session = useCallSession();
      return () => h('span');
    },
  });
  mount(Probe, {
    global: {
      plugins: [pinia],
      provide: { [apiKey as symbol]: api, ...(withPhone ? { [webphoneKey as symbol]: webphone } : {}) },
    },
  });
  return { session: () => session, ua, webphone, calls: useCallsStore(pinia), phone: useWebphoneStore(pinia) };
}

describe('useCallSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rings, answers, mutes and hangs up the browser leg through the store mirror', async () => {
    const { session, ua, phone } = await setup();
    const sip = ua.invite(new FakeSession('s1'), [], '5550001');
    expect(session().ringing.value).toBe(true);
    expect(session().remoteNumber.value).toBe('5550001');
    session().answer();
    expect(sip.answered).toBe(1);
    sip.confirm();
    expect(session().established.value).toBe(true);
    session().toggleMute();
    expect(session().muted.value).toBe(true);
    session().sendDtmf('9');
    expect(sip.dtmf).toEqual(['9']);
    await session().hangup();
    expect(sip.terminated).toHaveLength(1);
    expect(phone.call?.state).toBe('ended');
    expect(session().sipCall.value).toBeNull();
  });

  it('shows an auto-answered call as not ringing', async () => {
    const { session, ua } = await setup();
    ua.invite(new FakeSession('s2'), ['<sip:x>;answer-after=0']);
    expect(session().ringing.value).toBe(false);
    expect(session().autoAnswer.value).toBe(true);
  });

  it('holds through the platform and shows hold as the call events say', async () => {
    const api = new FakeApi().on(HoldCallDocument, { holdCall: true }).on(UnholdCallDocument, { unholdCall: true });
    const { session, calls } = await setup(api);
    calls.followAgent(agentLive({ state: 'ON_CALL', callId: 'call-1', phone: '555' }));
    await session().toggleHold();
    expect(api.requests.map((r) => r.name)).toEqual(['HoldCall']);
    expect(session().held.value).toBe(false);
    calls.receive(callEvent({ type: 'HOLD', occurredAt: '2026-12-02T10:00:05.000Z' }), 'agent-1');
    expect(session().held.value).toBe(true);
    await session().toggleHold();
    expect(api.requests.map((r) => r.name)).toEqual(['HoldCall', 'UnholdCall']);
  });

  it('hangs up through the platform when there is no browser leg', async () => {
    const api = new FakeApi().on(HangupCallDocument, { hangupCall: true });
    const { session } = await setup(api, false);
    await session().hangup();
    expect(api.requests.map((r) => r.name)).toEqual(['HangupCall']);
  });
});
