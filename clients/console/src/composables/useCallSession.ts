import { computed, ref } from 'vue';
import { useApi } from '../api';
import { HangupCallDocument, HoldCallDocument, UnholdCallDocument } from '../generated/graphql';
import { useCallsStore } from '../stores/calls';
import { useSessionStore } from '../stores/session';
import { useWebphoneStore } from '../stores/webphone';
import { injectWebphone } from '../webphone/provide';

/**
 * The current call as the agent works it: the SIP leg in the browser (answer, mute, DTMF,
 * hang up) and the platform's call (hold with music, recording state, campaign and contact).
 */
export function useCallSession() {
  const api = useApi();
  const webphone = injectWebphone();
  const phone = useWebphoneStore();
  const calls = useCallsStore();
  const session = useSessionStore();
  const busy = ref(false);
  const error = ref<unknown>(null);

  async function run(action: () => Promise<unknown>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (caught) {
      error.value = caught;
      throw caught;
    } finally {
      busy.value = false;
    }
  }

  const sip = computed(() => (phone.call && phone.call.state !== 'ended' ? phone.call : null));
  const record = computed(() => calls.current);
  return {
    /** The browser's SIP leg (plain data), null when none. */
    sipCall: sip,
    /** The platform's view: callId, campaignId, contactId, phone, onHold, recording, connectedAt. */
    call: record,
    ringing: computed(() => sip.value?.state === 'ringing'),
    autoAnswer: computed(() => sip.value?.autoAnswer ?? false),
    established: computed(() => sip.value?.state === 'established'),
    remoteNumber: computed(() => record.value?.phone ?? sip.value?.remoteNumber ?? null),
    muted: computed(() => sip.value?.muted ?? false),
    held: computed(() => record.value?.onHold ?? sip.value?.held ?? false),
    canHold: computed(() => session.group?.allowHold ?? false),
    quality: computed(() => phone.quality),
    busy,
    error,
    answer: () => webphone?.call?.answer(),
    /** Ends the browser leg; without one (e.g. a desk phone), asks the platform to hang up. */
    hangup: () =>
      webphone?.call ? Promise.resolve(webphone.call.hangup()) : run(() => api.request(HangupCallDocument)),
    mute: () => webphone?.call?.mute(),
    unmute: () => webphone?.call?.unmute(),
    toggleMute: () => (phone.call?.muted ? webphone?.call?.unmute() : webphone?.call?.mute()),
    /** Music on hold for the customer (the group must allow hold); HOLD/UNHOLD events confirm. */
    hold: () => run(() => api.request(HoldCallDocument)),
    unhold: () => run(() => api.request(UnholdCallDocument)),
    toggleHold: () =>
      run(() => (record.value?.onHold ? api.request(UnholdCallDocument) : api.request(HoldCallDocument))),
    sendDtmf: (tone: string) => webphone?.call?.sendDtmf(tone),
  };
}
