import { Backoff } from './backoff';
import { WebphoneCall } from './call';
import { wantsAutoAnswer } from './call-info';
import { Emitter, type RegistrationChange, type RegistrationState, type WebphoneEvents } from './events';
import type { NewRTCSessionEvent, SipAccount, UAFactory, UALike } from './jssip-types';

export interface WebphoneOptions {
  createUA: UAFactory;
  /** No registered answer within this: 'failed' with cause 'timeout', then retried. */
  registrationTimeoutMs?: number;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** Answer calls whose INVITE asks for it (Call-Info answer-after=0). */
  autoAnswer?: boolean;
  remoteAudio?: HTMLAudioElement | null;
  statsIntervalMs?: number;
  iceGatheringMs?: number;
  establishTimeoutMs?: number;
}

/**
 * The agent's SIP phone: one UA registered with the agent's credentials, and the calls it has.
 * Knows nothing of Vue; src/composables/mirrorWebphone.ts mirrors its events into a store.
 */
export class Webphone extends Emitter<WebphoneEvents> {
  private ua: UALike | null = null;
  private registrationState: RegistrationState = 'unregistered';
  private registrationTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly backoff: Backoff;
  private stopped = true;
  private activeCall: WebphoneCall | null = null;

  constructor(private readonly options: WebphoneOptions) {
    super();
    this.backoff = new Backoff(options.backoffInitialMs ?? 1000, options.backoffMaxMs ?? 30_000);
  }

  get registration(): RegistrationState {
    return this.registrationState;
  }
  get call(): WebphoneCall | null {
    return this.activeCall;
  }

  /** Registers with the account; retries with backoff until stop(). */
  async start(account: SipAccount): Promise<void> {
    await this.stop();
    this.stopped = false;
    let ua: UALike;
    try {
      ua = await this.options.createUA(account);
    } catch (error) {
      this.setRegistration('failed', `cannot start the phone: ${(error as Error).message ?? error}`);
      throw error;
    }
    if (this.stopped) return;
    this.ua = ua;
    this.listen(ua);
    this.setRegistration('registering', null);
    this.armRegistrationTimeout();
    ua.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    this.activeCall?.hangup();
    const ua = this.ua;
    this.ua = null;
    if (ua) {
      try {
        if (ua.isRegistered()) ua.unregister({ all: false });
        ua.stop();
      } catch {
        // The transport is already gone: nothing left to tell Asterisk.
      }
    }
    this.backoff.reset();
    this.setRegistration('unregistered', null);
  }

  /** Calls a number or extension from the webphone (agent-to-agent, tests). */
  dial(target: string): WebphoneCall {
    if (!this.ua) throw new Error('the webphone is not started');
    if (this.activeCall) throw new Error('a call is already up');
    const session = this.ua.call(target, {
      mediaConstraints: { audio: true, video: false },
      pcConfig: { iceServers: [] },
    });
    return this.adopt(session, target, false);
  }

  private listen(ua: UALike): void {
    const on = ua.on.bind(ua) as (event: string, listener: (arg: never) => void) => void;
    on('registered', () => {
      this.backoff.reset();
      this.clearTimers();
      this.setRegistration('registered', null);
    });
    on('unregistered', (event: { cause?: string } | undefined) => {
      if (!this.stopped) this.retry(event?.cause ?? 'unregistered');
    });
    on('registrationFailed', (event: { cause?: string }) => this.retry(event?.cause ?? 'failed'));
    // Asterisk restarted or the network dropped: JsSIP reconnects the socket itself; we re-register.
    on('disconnected', () => {
      if (!this.stopped && this.registrationState !== 'failed') this.retry('disconnected');
    });
    // The socket is back (JsSIP's own recovery): JsSIP sends REGISTER on connect, so the waiting
    // retry is dropped and the answer is awaited under the usual timeout.
    on('connected', () => {
      if (this.stopped || this.registrationState === 'registered' || !this.retryTimer) return;
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.setRegistration('registering', null);
      this.armRegistrationTimeout();
    });
    on('newRTCSession', (event: NewRTCSessionEvent) => this.onSession(event));
  }

  private onSession(event: NewRTCSessionEvent): void {
    if (event.originator !== 'remote') return;
    if (this.activeCall && this.activeCall.state !== 'ended') {
      // One call at a time: the platform does not offer a second while the agent is busy.
      event.session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
      return;
    }
    const number = event.request.from?.uri?.user ?? event.session.remote_identity?.uri?.user ?? null;
    const call = this.adopt(event.session, number, wantsAutoAnswer(event.request));
    if (call.autoAnswer && this.options.autoAnswer !== false) call.answer();
  }

  private adopt(session: NewRTCSessionEvent['session'], number: string | null, autoAnswer: boolean): WebphoneCall {
    const call = new WebphoneCall(session, {
      autoAnswer,
      remoteNumber: number,
      remoteAudio: this.options.remoteAudio ?? null,
      ...(this.options.statsIntervalMs !== undefined ? { statsIntervalMs: this.options.statsIntervalMs } : {}),
      ...(this.options.iceGatheringMs !== undefined ? { iceGatheringMs: this.options.iceGatheringMs } : {}),
      ...(this.options.establishTimeoutMs !== undefined ? { establishTimeoutMs: this.options.establishTimeoutMs } : {}),
    });
    this.activeCall = call;
    call.on('state', ({ state }) => {
      if (state === 'ended' && this.activeCall === call) this.activeCall = null;
    });
    this.emit('call', { call });
    return call;
  }

  private armRegistrationTimeout(): void {
    if (this.registrationTimer) clearTimeout(this.registrationTimer);
    this.registrationTimer = setTimeout(() => this.retry('timeout'), this.options.registrationTimeoutMs ?? 10_000);
  }

  /** A failure: 'failed' now, another register() after the next backoff delay. */
  private retry(cause: string): void {
    if (this.stopped || this.retryTimer) return;
    if (this.registrationTimer) clearTimeout(this.registrationTimer);
    this.registrationTimer = null;
    const delay = this.backoff.next();
    this.setRegistration('failed', cause, Date.now() + delay);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.stopped || !this.ua) return;
      this.setRegistration('registering', null);
      this.armRegistrationTimeout();
      this.ua.register();
    }, delay);
  }

  private setRegistration(state: RegistrationState, cause: string | null, retryAt: number | null = null): void {
    const change: RegistrationChange = { state, cause, retryAt };
    const same = state === this.registrationState && state !== 'failed';
    this.registrationState = state;
    if (!same) this.emit('registration', change);
  }

  private clearTimers(): void {
    if (this.registrationTimer) clearTimeout(this.registrationTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.registrationTimer = null;
    this.retryTimer = null;
  }
}
