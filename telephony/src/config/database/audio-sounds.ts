import type { TelephonyConfig } from '../../telephony.config.js';

/**
 * Custom audios live in Asterisk's sounds folder (astdatadir/sounds, asterisk-conf.ts) under
 * `switchboard/`, converted to 8 kHz mono 16-bit WAV. Outside any language folder: Asterisk
 * falls back to the bare name whatever CHANNEL(language) is.
 */
export const CHROOT_SOUNDS_DIR = '/usr/share/asterisk/sounds';
export const CHROOT_AUDIO_DIR = `${CHROOT_SOUNDS_DIR}/switchboard`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedId(kind: string, id: string): string {
  // Ids end up in dialplan, queues.conf and musiconhold.conf: only a UUID gets there.
  if (!UUID.test(id)) throw new Error(`${kind} id must be a UUID: ${JSON.stringify(id)}`);
  return id.toLowerCase();
}

/** What Playback, Background and queues.conf name an audio by (no extension). */
export const audioSoundName = (audioId: string) => `switchboard/audio-${checkedId('audio', audioId)}`;

/** The musiconhold.conf class of a playlist. */
export const mohClassName = (playlistId: string) => `sb-moh-${checkedId('playlist', playlistId)}`;

/** The host side of the folder audios are written to (the api converts uploads into it). */
export function audioHostDirectory(config: Pick<TelephonyConfig, 'PBX_DIR'>): string {
  return `${config.PBX_DIR}/chroot${CHROOT_AUDIO_DIR}`;
}

/** The host side of Asterisk's sounds folder (its language subfolders are the installed prompts). */
export function soundsHostDirectory(config: Pick<TelephonyConfig, 'PBX_DIR'>): string {
  return `${config.PBX_DIR}/chroot${CHROOT_SOUNDS_DIR}`;
}
