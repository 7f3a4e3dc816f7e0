import type { NewRTCSessionEvent, RTCSessionLike, SipAccount, UALike } from '../webphone/jssip-types';

type Listener = (...args: never[]) => void;

class Listeners {
  private readonly map = new Map<string, Listener[]>();
  on(event: string, listener: Listener): void {
    this.map.set(event, [...(this.map.get(event) ?? []), listener]);
  }
  fire(event: string, payload?: unknown): void {
    for (const listener of this.map.get(event) ?? []) (listener as (arg: unknown) => void)(payload);
  }
}

/** A JsSIP RTCSession stand-in: the spec fires its events; calls to it are recorded. */
export class FakeSession extends Listeners implements RTCSessionLike {
  answered = 0;
  terminated: Array<Record<string, unknown> | undefined> = [];
  dtmf: string[] = [];
  muteCalls: string[] = [];
  connection: RTCPeerConnection | null = null;
  private ended = false;
  private established = false;

  constructor(
    readonly id: string,
    readonly direction: 'incoming' | 'outgoing' = 'incoming',
  ) {
    super();
  }
  answer(): void {
    this.answered += 1;
  }
  terminate(options?: Record<string, unknown>): void {
    this.terminated.push(options);
    this.ended = true;
  }
  mute(): void {
    this.muteCalls.push('mute');
    this.fire('muted');
  }
  unmute(): void {
    this.muteCalls.push('unmute');
    this.fire('unmuted');
  }
  hold(): boolean {
    this.fire('hold');
    return true;
  }
  unhold(): boolean {
    this.fire('unhold');
    return true;
  }
  sendDTMF(tones: string): void {
    this.dtmf.push(tones);
  }
  isEstablished(): boolean {
    return this.established;
  }
  isEnded(): boolean {
    return this.ended;
  }
  confirm(): void {
    this.established = true;
    this.fire('accepted');
    this.fire('confirmed');
  }
  end(cause = 'Terminated'): void {
    this.ended = true;
    this.fire('ended', { cause });
  }
}

/** A JsSIP UA stand-in: registration answers are given by the spec (or never). */
export class FakeUA extends Listeners implements UALike {
  started = 0;
  registerCalls = 0;
  stopped = false;
  registered = false;
  connected = true;

  constructor(readonly account: SipAccount) {
    super();
  }
  start(): void {
    this.started += 1;
  }
  stop(): void {
    this.stopped = true;
  }
  register(): void {
    this.registerCalls += 1;
  }
  unregister(): void {
    this.registered = false;
  }
  isRegistered(): boolean {
    return this.registered;
  }
  isConnected(): boolean {
    return this.connected;
  }
  call(_target: string): RTCSessionLike {
    const session = new FakeSession(`out-${Date.now()}`, 'outgoing');
    this.fire('newRTCSession', { originator: 'local', session, request: { getHeader: () => undefined } });
    return session;
  }

  acceptRegistration(): void {
    this.registered = true;
    this.fire('registered');
  }
  refuseRegistration(cause = 'Request Timeout'): void {
    this.registered = false;
    this.fire('registrationFailed', { cause });
  }
  /** The socket is back: JsSIP registers on connect by itself (register: true). */
  reconnect(): void {
    this.connected = true;
    this.fire('connected');
  }
  drop(): void {
    this.registered = false;
    this.connected = false;
    this.fire('disconnected');
  }

  /** An incoming INVITE with the given Call-Info header values. */
  invite(session: FakeSession, callInfo: string[] = [], fromUser = '5551234'): FakeSession {
    const event: NewRTCSessionEvent = {
      originator: 'remote',
      session,
      request: {
        getHeader: (name) => (name.toLowerCase() === 'call-info' ? callInfo[0] : undefined),
        getHeaders: (name) => (name.toLowerCase() === 'call-info' ? callInfo : []),
        from: { uri: { user: fromUser } },
      },
    };
    this.fire('newRTCSession', event);
    return session;
  }
}

export const account: SipAccount = {
  uri: 'sip:1001@switchboard.test',
  username: '1001',
  password: 'secret',
  wsUrl: 'ws://127.0.0.1:8088/ws',
  domain: 'switchboard.test',
};
