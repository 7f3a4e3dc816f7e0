/**
 * The part of JsSIP the webphone uses, as interfaces: the real UA satisfies them, and the specs
 * drive a fake one. JsSIP's events are translated into ours in call.ts and webphone.ts only.
 */
export interface SipRequestLike {
  getHeader(name: string): string | undefined;
  getHeaders?(name: string): string[];
  from?: { uri?: { user?: string }; display_name?: string };
}

export interface RTCSessionLike {
  direction: 'incoming' | 'outgoing';
  id: string;
  connection: RTCPeerConnection | null | undefined;
  remote_identity?: { uri?: { user?: string }; display_name?: string };
  on(event: string, listener: (...args: never[]) => void): void;
  answer(options?: Record<string, unknown>): void;
  terminate(options?: Record<string, unknown>): void;
  mute(options?: { audio?: boolean }): void;
  unmute(options?: { audio?: boolean }): void;
  hold(options?: Record<string, unknown>): boolean;
  unhold(options?: Record<string, unknown>): boolean;
  sendDTMF(tones: string, options?: Record<string, unknown>): void;
  isEstablished(): boolean;
  isEnded(): boolean;
}

export interface NewRTCSessionEvent {
  originator: 'local' | 'remote';
  session: RTCSessionLike;
  request: SipRequestLike;
}

export interface UALike {
  on(event: string, listener: (...args: never[]) => void): void;
  start(): void;
  stop(): void;
  register(): void;
  unregister(options?: Record<string, unknown>): void;
  isRegistered(): boolean;
  isConnected(): boolean;
  call(target: string, options?: Record<string, unknown>): RTCSessionLike;
}

export interface SipAccount {
  uri: string;
  username: string;
  password: string;
  wsUrl: string;
  domain: string;
}

/** Builds a UA for an account (real: JsSIP; specs: a fake). */
export type UAFactory = (account: SipAccount) => UALike | Promise<UALike>;
