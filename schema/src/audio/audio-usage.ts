import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What uses an audio, in words a person reads ("IVR Main menu", "Music on hold playlist
 * Jazz"); empty when nothing does.
 */
export type AudioUsageFinder = (em: EntityManager, audioId: string) => Promise<string[]>;

const finders = new Map<string, AudioUsageFinder>();

/**
 * Each owner of audio references (IVRs, queue announcements, music-on-hold playlists)
 * registers once, at module load, how to find its uses; deleting an audio is refused with
 * AUDIO_IN_USE while any finder answers something. Registering a name again replaces it.
 */
export function registerAudioUse(name: string, finder: AudioUsageFinder): void {
  finders.set(name, finder);
}

/** Every use of the audio, from every registered owner. */
export async function audioUses(em: EntityManager, audioId: string): Promise<string[]> {
  const uses: string[] = [];
  for (const finder of finders.values()) uses.push(...(await finder(em, audioId)));
  return uses;
}
