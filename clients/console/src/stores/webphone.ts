import { defineStore } from 'pinia';
import type { CallDirection, CallQuality, CallState, RegistrationState } from '../webphone/events';

export type MicrophonePermission = 'prompt' | 'granted' | 'denied' | 'unavailable';

/** Plain data copied from the webphone's events: the store never holds the SIP client itself. */
export interface WebphoneCallMirror {
  id: string;
  direction: CallDirection;
  state: CallState;
  remoteNumber: string | null;
  /** The INVITE carried Call-Info answer-after=0: answered without ringing. */
  autoAnswer: boolean;
  muted: boolean;
  held: boolean;
  /** Local ms epoch; SIP has no server timestamp (the live state's `since` does). */
  startedAt: number;
  establishedAt: number | null;
  endedAt: number | null;
  endCause: string | null;
}

export interface WebphoneStoreState {
  registration: RegistrationState;
  registrationCause: string | null;
  retryAt: number | null;
  microphone: MicrophonePermission;
  call: WebphoneCallMirror | null;
  quality: CallQuality | null;
}

export const useWebphoneStore = defineStore('webphone', {
  state: (): WebphoneStoreState => ({
    registration: 'unregistered',
    registrationCause: null,
    retryAt: null,
    microphone: 'prompt',
    call: null,
    quality: null,
  }),
  getters: {
    isRegistered: (state): boolean => state.registration === 'registered',
    /** Ringing for the agent to answer by hand (auto-answered calls never ring). */
    isRinging: (state): boolean => state.call?.state === 'ringing',
    inCall: (state): boolean => state.call !== null && state.call.state !== 'ended',
  },
  actions: {
    setRegistration(state: RegistrationState, cause: string | null, retryAt: number | null) {
      this.registration = state;
      this.registrationCause = cause;
      this.retryAt = retryAt;
    },
    setMicrophone(permission: MicrophonePermission) {
      this.microphone = permission;
    },
    setCall(call: WebphoneCallMirror | null) {
      this.call = call;
      if (!call) this.quality = null;
    },
    patchCall(patch: Partial<WebphoneCallMirror>) {
      if (this.call) Object.assign(this.call, patch);
    },
    setQuality(quality: CallQuality | null) {
      this.quality = quality;
    },
    reset() {
      this.$reset();
    },
  },
});
