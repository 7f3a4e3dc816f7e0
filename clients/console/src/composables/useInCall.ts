import { ref, watch, type Ref } from 'vue';
import {
  HangupCallDocument,
  HoldCallDocument,
  StartCallRecordingDocument,
  StopCallRecordingDocument,
  TagCallRecordingDocument,
  UnholdCallDocument,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/**
 * The server-side call controls: hold, hang up, on-demand recording and recording tags. Mute and
 * DTMF are the browser's (the webphone); these act on the Asterisk channels.
 */
export function useInCall(logged?: { onHold: Readonly<Ref<boolean>>; recording: Readonly<Ref<boolean>> }) {
  const api = useRequester();
  const onHold = ref(logged?.onHold.value ?? false);
  const recording = ref(logged?.recording.value ?? false);
  // The call-event log has the last word: another tab or the supervisor may have changed them.
  if (logged) {
    watch(logged.onHold, (value) => (onHold.value = value));
    watch(logged.recording, (value) => (recording.value = value));
  }

  const hold = useAction(async () => {
    if (onHold.value) await api.request(UnholdCallDocument, {});
    else await api.request(HoldCallDocument, {});
    onHold.value = !onHold.value;
  });
  const hangup = useAction(() => api.request(HangupCallDocument, {}));
  const record = useAction(async () => {
    if (recording.value) await api.request(StopCallRecordingDocument, {});
    else await api.request(StartCallRecordingDocument, {});
    recording.value = !recording.value;
  });
  const tag = useAction(
    async (note: string) => (await api.request(TagCallRecordingDocument, { note })).tagCallRecording,
  );

  return { onHold, recording, hold, hangup, record, tag };
}
