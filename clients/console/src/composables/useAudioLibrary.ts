import { computed, onBeforeUnmount, shallowRef } from 'vue';
import { AudioFilesDocument, DeleteAudioFileDocument, type AudioRowFragment } from '@/generated/graphql';
import { useSession } from './foundation';
import { downloadAudio, uploadAudio } from './audioTransfer';
import { useAction } from './useAction';
import { useAdminError } from './useAdminError';
import { useRequester } from './useRequester';

export type AudioRow = AudioRowFragment;

/**
 * The audio library: the audios by name, upload (POST /uploads/audio), listening (GET
 * /audio/<id>.wav played from a blob URL, released when another is played or the screen goes)
 * and delete, each refusal (in use, bad file, too large, duplicate name) kept for its place.
 */
export function useAudioLibrary() {
  const api = useRequester();
  const session = useSession();
  const errors = useAdminError();
  const rows = shallowRef<AudioRow[]>([]);
  const playing = shallowRef<{ id: string; url: string } | null>(null);
  const removingId = shallowRef<string | null>(null);
  const listeningId = shallowRef<string | null>(null);

  const byName = (list: AudioRow[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

  const load = useAction(async () => {
    rows.value = byName((await api.request(AudioFilesDocument)).audioFiles);
  });

  const upload = useAction(async (file: File, name: string) => {
    const audio = await uploadAudio(file, name, { token: session.token.value });
    rows.value = byName([...rows.value.filter((row) => row.id !== audio.id), { __typename: 'AudioFile', ...audio }]);
    return audio;
  });

  const remove = useAction(async (row: AudioRow) => {
    removingId.value = row.id;
    await api.request(DeleteAudioFileDocument, { id: row.id });
    if (playing.value?.id === row.id) stop();
    rows.value = rows.value.filter((other) => other.id !== row.id);
    removingId.value = null;
  });

  const listen = useAction(async (row: AudioRow) => {
    listeningId.value = row.id;
    const blob = await downloadAudio(row.id, { token: session.token.value });
    stop();
    playing.value = { id: row.id, url: URL.createObjectURL(blob) };
  });

  function stop() {
    if (playing.value) URL.revokeObjectURL(playing.value.url);
    playing.value = null;
  }
  onBeforeUnmount(stop);

  /** AUDIO_IN_USE names its users (`details.uses`: "IVR Main menu"). */
  const uses = computed(() => {
    const details = (remove.error.value as { details?: { uses?: unknown } } | null)?.details;
    return Array.isArray(details?.uses) ? details.uses.map(String) : [];
  });

  return {
    rows,
    load,
    upload,
    remove,
    listen,
    stop,
    playing,
    removingId,
    listeningId,
    uses,
    loadMessage: computed(() => errors.message(load.error.value)),
    uploadMessage: computed(() => errors.message(upload.error.value)),
    removeMessage: computed(() => errors.message(remove.error.value)),
    listenMessage: computed(() => errors.message(listen.error.value)),
  };
}
