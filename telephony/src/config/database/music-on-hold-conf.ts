import { renderConf, type ConfSection } from '../conf-file.js';
import { audioSoundName, mohClassName } from './audio-sounds.js';
import type { MohPlaylistModel } from './telephony-model.js';

/**
 * Where each playlist's files are, inside the chroot: one folder per class holding hard links
 * to the converted audios, named `<position>-audio-<id>.wav` so that `sort=alpha` plays them
 * in the playlist's order. apply-telephony-configuration.ts keeps the folders in step.
 */
export const CHROOT_MOH_DIR = '/var/lib/switchboard/moh';

export const mohDirectory = (playlistId: string) => `${CHROOT_MOH_DIR}/${mohClassName(playlistId)}`;

/** The file names of a playlist's folder, in playing order. */
export function mohFileNames(playlist: MohPlaylistModel): string[] {
  const width = Math.max(3, String(playlist.audioIds.length).length);
  return playlist.audioIds.map(
    // audioSoundName refuses anything but a UUID: the name is a path in the folder.
    (audioId, index) => `${String(index + 1).padStart(width, '0')}-${audioSoundName(audioId).split('/')[1]}.wav`,
  );
}

/**
 * musiconhold.conf part: a `mode=files` class per playlist with audios (an empty one cannot be
 * selected). The comment lists the files, so that a new order changes the file and Asterisk
 * reloads (`moh reload`) even though the directory line stays the same.
 */
export function musicOnHoldConf(playlists: readonly MohPlaylistModel[]): string {
  const sections: ConfSection[] = playlists
    .filter((playlist) => playlist.audioIds.length > 0)
    .map((playlist) => ({
      name: mohClassName(playlist.id),
      comment: `Playlist ${playlist.id}: ${mohFileNames(playlist).join(' ')}`,
      lines: [
        ['mode', 'files'],
        ['directory', mohDirectory(playlist.id)],
        ['sort', 'alpha'],
      ],
    }));
  return renderConf(sections);
}
