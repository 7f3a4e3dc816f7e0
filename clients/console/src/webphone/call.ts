import { Emitter, type CallDirection, type CallEvents, type CallQuality, type CallState } from './events';
import type { RTCSessionLike } from './jssip-types';
import { sampleQuality } from './stats';

export interface WebphoneCallOptions {
  autoAnswer: boolean;
  remoteNumber: string | null;
  /** Where the customer's audio plays; none in tests. */
  remoteAudio?: HTMLAudioElement | null;
  /** ICE gathering is cut this long after the first candidate: Asterisk offers no loopback. */
  iceGatheringMs?: number;
  statsIntervalMs?: number;
  /** Answered or dialled but no media this long (no ICE candidates, DTLS stuck): ended. */
  establishTimeoutMs?: number;
}

const MEDIA = { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };

/**
 * One call (the model: jambonz's JambonzCall): JsSIP's session events are translated here
 * once, and every change goes through setState, which emits.
 */
export class WebphoneCall extends Emitter<CallEvents> {
  readonly id: string;
  readonly direction: CallDirection;
  readonly autoAnswer: boolean;
  readonly remoteNumber: string | null;
  readonly startedAt = Date.now();
  private currentState: CallState;
  private endCause: string | null = null;
  private isMuted = false;
  private isHeld = false;
  private lastQuality: CallQuality | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private iceTimer: ReturnType<typeof setTimeout> | null = null;
  private establishTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly session: RTCSessionLike,
    private readonly options: WebphoneCallOptions,
  ) {
    super();
    this.id = session.id;
    this.direction = session.direction;
    this.autoAnswer = options.autoAnswer;
    this.remoteNumber = options.remoteNumber;
    this.currentState = session.direction === 'incoming' ? 'ringing' : 'connecting';
    this.listen();
    if (this.currentState === 'connecting') this.armEstablishTimeout();
  }

  get state(): CallState {
    return this.currentState;
  }
  get cause(): string | null {
    return this.endCause;
  }
  get muted(): boolean {
    return this.isMuted;
  }
  get held(): boolean {
    return this.isHeld;
  }
  get quality(): CallQuality | null {
    return this.lastQuality;
  }

  answer(): void {
    if (this.currentState !== 'ringing') return;
    this.setState('connecting');
    this.session.answer(MEDIA);
  }

  hangup(): void {
    if (this.currentState === 'ended') return;
    try {
      this.session.terminate();
    } catch {
      // Already terminated on the JsSIP side: its 'ended'/'failed' event follows or has passed.
    }
    this.setState('ended', this.endCause ?? 'hangup');
  }

  mute(): void {
    this.session.mute({ audio: true });
  }
  unmute(): void {
    this.session.unmute({ audio: true });
  }

  /** Local SIP hold (re-INVITE sendonly); the server's holdCall (music on hold) is preferred. */
  hold(): void {
    this.session.hold();
  }
  unhold(): void {
    this.session.unhold();
  }

  sendDtmf(tone: string): void {
    if (!/^[0-9*#A-D]+$/i.test(tone)) throw new Error(`not a DTMF tone: ${tone}`);
    this.session.sendDTMF(tone, { transportType: 'RFC2833' });
    this.emit('dtmf', { tone });
  }

  /** One getStats() sample; also taken every statsIntervalMs while established. */
  async sampleStats(): Promise<CallQuality | null> {
    const connection = this.session.connection;
    if (!connection) return null;
    this.lastQuality = await sampleQuality(connection, this.lastQuality);
    this.emit('quality', this.lastQuality);
    return this.lastQuality;
  }

  private setState(next: CallState, cause: string | null = null): void {
    if (next === this.currentState || this.currentState === 'ended') return;
    const previous = this.currentState;
    this.currentState = next;
    if (next === 'ended') {
      this.endCause = cause;
      this.stopTimers();
    }
    if (next === 'connecting') this.armEstablishTimeout();
    if (next === 'established') {
      if (this.establishTimer) clearTimeout(this.establishTimer);
      this.establishTimer = null;
      this.startStats();
    }
    this.emit('state', { state: next, previous, cause });
  }

  private listen(): void {
    const on = this.session.on.bind(this.session) as (event: string, listener: (arg: never) => void) => void;
    on('progress', () => undefined);
    on('accepted', () => this.setState('connecting'));
    on('confirmed', () => this.setState('established'));
    on('ended', (event: { cause?: string }) => this.setState('ended', event?.cause ?? 'ended'));
    on('failed', (event: { cause?: string }) => this.setState('ended', event?.cause ?? 'failed'));
    on('muted', () => this.setMuted(true));
    on('unmuted', () => this.setMuted(false));
    on('hold', () => this.setHeld(true));
    on('unhold', () => this.setHeld(false));
    on('icecandidate', (event: { ready: () => void }) => this.limitIceGathering(event));
    on('peerconnection', (event: { peerconnection: RTCPeerConnection }) => this.playRemote(event.peerconnection));
  }

  private setMuted(muted: boolean): void {
    this.isMuted = muted;
    this.emit('muted', { muted });
  }
  private setHeld(held: boolean): void {
    this.isHeld = held;
    this.emit('held', { held });
  }

  private limitIceGathering(event: { ready: () => void }): void {
    if (this.iceTimer) return;
    this.iceTimer = setTimeout(() => event.ready(), this.options.iceGatheringMs ?? 1000);
  }

  private playRemote(connection: RTCPeerConnection): void {
    const audio = this.options.remoteAudio;
    if (!audio) return;
    connection.addEventListener('track', (event) => {
      audio.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      void audio.play().catch(() => undefined);
    });
  }

  // JsSIP waits forever for ICE when Asterisk and the browser share no candidate: a call that
  // never gets media ends visibly instead of staying "connecting".
  private armEstablishTimeout(): void {
    const limit = this.options.establishTimeoutMs ?? 20_000;
    if (limit <= 0 || this.establishTimer) return;
    this.establishTimer = setTimeout(() => {
      this.establishTimer = null;
      if (this.currentState !== 'connecting') return;
      try {
        this.session.terminate();
      } catch {
        // Nothing left to end on the JsSIP side.
      }
      this.setState('ended', 'media timeout');
    }, limit);
  }

  private startStats(): void {
    const every = this.options.statsIntervalMs ?? 2000;
    if (every <= 0 || this.statsTimer) return;
    this.statsTimer = setInterval(() => void this.sampleStats().catch(() => undefined), every);
    void this.sampleStats().catch(() => undefined);
  }

  private stopTimers(): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    if (this.iceTimer) clearTimeout(this.iceTimer);
    if (this.establishTimer) clearTimeout(this.establishTimer);
    this.statsTimer = null;
    this.iceTimer = null;
    this.establishTimer = null;
  }
}
