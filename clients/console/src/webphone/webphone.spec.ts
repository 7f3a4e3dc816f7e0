import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession, FakeUA, account } from '../testing/fake-jssip';
import type { RegistrationChange } from './events';
import { Webphone } from './webphone';
import { wantsAutoAnswer } from './call-info';
import { installTestHook } from './test-hook';

function phone(options: Partial<ConstructorParameters<typeof Webphone>[0]> = {}) {
  const uas: FakeUA[] = [];
  const webphone = new Webphone({
    createUA: (credentials) => {
      const ua = new FakeUA(credentials);
      uas.push(ua);
      return ua;
    },
    registrationTimeoutMs: 5000,
    backoffInitialMs: 1000,
    backoffMaxMs: 8000,
    statsIntervalMs: 0,
    ...options,
  });
  const changes: RegistrationChange[] = [];
  webphone.on('registration', (change) => changes.push(change));
  return { webphone, uas, changes, ua: () => uas[uas.length - 1]! };
}

describe('the webphone against a fake JsSIP UA', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers with the account it is given', async () => {
    const { webphone, ua, changes } = phone();
    await webphone.start(account);
    expect(ua().account).toEqual(account);
    expect(ua().started).toBe(1);
    expect(webphone.registration).toBe('registering');
    ua().acceptRegistration();
    expect(webphone.registration).toBe('registered');
    expect(changes.map((change) => change.state)).toEqual(['registering', 'registered']);
  });

  it('fails after the registration timeout and retries with growing delays', async () => {
    const { webphone, ua, changes } = phone();
    await webphone.start(account);
    await vi.advanceTimersByTimeAsync(5000);
    expect(webphone.registration).toBe('failed');
    expect(changes.at(-1)?.cause).toBe('timeout');
    await vi.advanceTimersByTimeAsync(1000);
    expect(ua().registerCalls).toBe(1);
    expect(webphone.registration).toBe('registering');
    ua().refuseRegistration('Service Unavailable');
    expect(changes.at(-1)).toMatchObject({ state: 'failed', cause: 'Service Unavailable' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(ua().registerCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(ua().registerCalls).toBe(2);
    ua().acceptRegistration();
    expect(webphone.registration).toBe('registered');
  });

  it('re-registers with backoff after Asterisk restarts, from the first delay again', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    ua().acceptRegistration();
    ua().drop();
    expect(webphone.registration).toBe('failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(ua().registerCalls).toBe(1);
    ua().refuseRegistration('Connection Error');
    await vi.advanceTimersByTimeAsync(2000);
    expect(ua().registerCalls).toBe(2);
    ua().acceptRegistration();
    ua().drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(ua().registerCalls).toBe(3);
  });

  it('stops waiting for the backoff as soon as the socket is back (JsSIP registers on connect)', async () => {
    const { webphone, ua } = phone({ backoffInitialMs: 10_000 });
    await webphone.start(account);
    ua().acceptRegistration();
    ua().drop();
    expect(webphone.registration).toBe('failed');
    ua().reconnect();
    expect(webphone.registration).toBe('registering');
    ua().acceptRegistration();
    expect(webphone.registration).toBe('registered');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ua().registerCalls).toBe(0);
  });

  it('caps the backoff', async () => {
    const { webphone, ua, changes } = phone();
    await webphone.start(account);
    for (let i = 0; i < 6; i++) {
      ua().refuseRegistration();
      const { retryAt } = changes.at(-1)!;
      await vi.advanceTimersByTimeAsync(retryAt! - Date.now());
    }
    ua().refuseRegistration();
    expect(changes.at(-1)!.retryAt! - Date.now()).toBe(8000);
  });

  it('stops retrying once stopped', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    await webphone.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ua().registerCalls).toBe(0);
    expect(ua().stopped).toBe(true);
    expect(webphone.registration).toBe('unregistered');
  });

  it('answers by itself an INVITE with Call-Info answer-after=0', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    ua().acceptRegistration();
    const calls: string[] = [];
    webphone.on('call', ({ call }) => calls.push(`${call.remoteNumber}:${call.autoAnswer}`));
    const session = ua().invite(new FakeSession('s1'), ['<sip:127.0.0.1>;answer-after=0']);
    expect(calls).toEqual(['5551234:true']);
    expect(session.answered).toBe(1);
    expect(webphone.call?.state).toBe('connecting');
    session.confirm();
    expect(webphone.call?.state).toBe('established');
  });

  it('rings an INVITE without auto-answer until the agent answers', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    const session = ua().invite(new FakeSession('s2'), ['<sip:x>;answer-after=5']);
    expect(session.answered).toBe(0);
    expect(webphone.call?.state).toBe('ringing');
    webphone.call!.answer();
    expect(session.answered).toBe(1);
  });

  it('hangs up, mutes and sends DTMF on the call', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    const session = ua().invite(new FakeSession('s3'), ['<sip:x>;answer-after=0']);
    session.confirm();
    const call = webphone.call!;
    const states: string[] = [];
    call.on('state', ({ state }) => states.push(state));
    call.mute();
    expect(call.muted).toBe(true);
    call.sendDtmf('5');
    expect(session.dtmf).toEqual(['5']);
    expect(() => call.sendDtmf('x')).toThrow();
    call.hangup();
    expect(session.terminated).toHaveLength(1);
    expect(states).toEqual(['ended']);
    expect(webphone.call).toBeNull();
    session.end();
    expect(states).toEqual(['ended']);
  });

  it('ends an answered call that never gets media, instead of leaving it connecting', async () => {
    const { webphone, ua } = phone({ establishTimeoutMs: 20_000 });
    await webphone.start(account);
    const session = ua().invite(new FakeSession('stuck'), ['<sip:x>;answer-after=0']);
    const call = webphone.call!;
    await vi.advanceTimersByTimeAsync(19_999);
    expect(call.state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1);
    expect(call.state).toBe('ended');
    expect(call.cause).toBe('media timeout');
    expect(session.terminated).toHaveLength(1);
    expect(webphone.call).toBeNull();
  });

  it('refuses a second call while one is up', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    ua().invite(new FakeSession('first'));
    const second = ua().invite(new FakeSession('second'));
    expect(second.terminated[0]).toMatchObject({ status_code: 486 });
    expect(webphone.call?.id).toBe('first');
  });

  it('ends the call when the remote side hangs up', async () => {
    const { webphone, ua } = phone();
    await webphone.start(account);
    const session = ua().invite(new FakeSession('s4'), ['<sip:x>;answer-after=0']);
    session.confirm();
    const call = webphone.call!;
    session.end('BYE');
    expect(call.state).toBe('ended');
    expect(call.cause).toBe('BYE');
    expect(webphone.call).toBeNull();
  });

  it('samples call quality with getStats and exposes it on the test hook', async () => {
    const { webphone, ua } = phone();
    const hook = installTestHook(webphone, {} as Window);
    await webphone.start(account);
    ua().acceptRegistration();
    const session = ua().invite(new FakeSession('s5'), ['<sip:x>;answer-after=0']);
    let received = 10;
    session.connection = {
      getStats: async () =>
        new Map<string, unknown>([
          ['in', { type: 'inbound-rtp', kind: 'audio', packetsReceived: (received += 50) }],
          ['out', { type: 'outbound-rtp', kind: 'audio', packetsSent: 70 }],
        ]),
    } as unknown as RTCPeerConnection;
    session.confirm();
    const first = await webphone.call!.sampleStats();
    const second = await webphone.call!.sampleStats();
    expect(first).toMatchObject({ packetsReceived: 60, packetsSent: 70, receiving: true, sending: true });
    expect(second).toMatchObject({ packetsReceived: 110, receiving: true });
    expect(hook).toMatchObject({
      registration: 'registered',
      call: { id: 's5', state: 'established', autoAnswer: true },
    });
    expect(hook.lastStats?.packetsReceived).toBe(110);
    expect(hook.history.map((entry) => entry.state)).toEqual(['ringing', 'connecting', 'established']);
  });
});

describe('auto-answer detection', () => {
  const request = (values: string[]) => ({ getHeader: () => values[0], getHeaders: () => values });
  it('reads answer-after=0 in any Call-Info value', () => {
    expect(wantsAutoAnswer(request(['<sip:a>;purpose=info', '<sip:b>;answer-after=0']))).toBe(true);
    expect(wantsAutoAnswer(request(['<sip:b>; Answer-After = 0']))).toBe(true);
    expect(wantsAutoAnswer(request(['<sip:b>;answer-after=05']))).toBe(false);
    expect(wantsAutoAnswer(request(['<sip:b>;answer-after=10']))).toBe(false);
    expect(wantsAutoAnswer(request([]))).toBe(false);
    expect(wantsAutoAnswer({ getHeader: () => '<sip:c>;answer-after=0' })).toBe(true);
  });
});
