/** Registration of the webphone with Asterisk, as the agent's status bar shows it. */
export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed';

export type CallDirection = 'incoming' | 'outgoing';
/** ringing: incoming, not answered. connecting: answered or dialled, media not up. */
export type CallState = 'ringing' | 'connecting' | 'established' | 'ended';

export interface CallQuality {
  packetsReceived: number;
  packetsSent: number;
  /** packetsReceived grew since the previous sample: the agent hears the customer. */
  receiving: boolean;
  /** packetsSent > 0: the customer can hear the agent. */
  sending: boolean;
  at: number;
}

export interface RegistrationChange {
  state: RegistrationState;
  /** JsSIP's cause, or 'timeout' when no answer came in time. */
  cause: string | null;
  /** When set, the next attempt (local ms epoch) after a failure or a drop. */
  retryAt: number | null;
}

/** Events of one call (WebphoneCall). */
export interface CallEvents {
  state: { state: CallState; previous: CallState; cause: string | null };
  muted: { muted: boolean };
  held: { held: boolean };
  quality: CallQuality;
  dtmf: { tone: string };
}

/** Events of the phone (Webphone). */
export interface WebphoneEvents {
  registration: RegistrationChange;
  /** A new call, incoming (ringing or auto-answered) or dialled. */
  call: { call: import('./call').WebphoneCall };
}

type Listener<T> = (payload: T) => void;

/** A typed event emitter: a listener receives the payload its event name promises. */
export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners.get(event)?.delete(listener as Listener<never>);
  }

  protected emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as Listener<Events[K]>)(payload);
  }
}
