import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission.js';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { AudioFile } from './audio-file.entity.js';
import { AudioErrors } from './audio.errors.js';
import { audioUses } from './audio-usage.js';
import { isUuid } from '../common/uuid.js';

/** Who may list and listen to audios, and who may upload, rename and delete them. */
export const AUDIO_READ = [Permission.CAMPAIGNS_MANAGE, Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE];
export const AUDIO_MANAGE = Permission.CAMPAIGNS_MANAGE;

/** The converted file of an audio, inside the host side of Asterisk's sounds folder. */
export const audioFileName = (audioId: string) => `audio-${audioId}.wav`;

/** Names are shown wherever audios are chosen: one line, not blank, at most 100 characters. */
export function checkedAudioName(raw: string): string {
  const name = raw.trim();
  if (name.length === 0 || name.length > 100 || /\p{Cc}/u.test(name)) {
    throw AudioErrors.create('INVALID_FILE', 'name: one line of 1 to 100 characters', { field: 'name' });
  }
  return name;
}

async function assertNameFree(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const other = await em.findOne(AudioFile, { name: { $ilike: name.replace(/[\\%_]/g, '\\$&') } });
  if (other && other.id !== exceptId) {
    throw AudioErrors.create('DUPLICATE_NAME', `An audio named ${name} already exists`, { field: 'name', name });
  }
}

export const AudioService = {
  /**
   * AUDIO_NOT_FOUND unless the audio exists: owners of `audioId` columns (IVRs, announcements,
   * playlists) call it inside their write transaction. Null passes (no audio chosen).
   */
  async assertExists(em: EntityManager, audioId: string | null | undefined): Promise<void> {
    if (audioId === null || audioId === undefined) return;
    const valid = isUuid(audioId);
    const found = valid ? await em.count(AudioFile, { id: audioId }) : 0;
    if (found === 0) throw AudioErrors.create('NOT_FOUND', `Audio ${audioId} was not found`, { id: audioId });
  },

  async list(context: DomainContext): Promise<AudioFile[]> {
    context.viewer.requireAny(...AUDIO_READ);
    return context.em.find(AudioFile, {}, { orderBy: { name: 'asc', id: 'asc' } });
  },

  async get(context: DomainContext, audioId: string): Promise<AudioFile> {
    context.viewer.requireAny(...AUDIO_READ);
    await AudioService.assertExists(context.em, audioId);
    return context.em.findOneOrFail(AudioFile, { id: audioId });
  },

  async assertNameFree(em: EntityManager, name: string): Promise<void> {
    await assertNameFree(em, name, null);
  },

  async rename(context: DomainContext, audioId: string, rawName: string): Promise<AudioFile> {
    context.viewer.require(AUDIO_MANAGE);
    const name = checkedAudioName(rawName);
    return inTransaction(context, 'Audio', async ({ em }) => {
      await AudioService.assertExists(em, audioId);
      const audio = await em.findOneOrFail(AudioFile, { id: audioId });
      await assertNameFree(em, name, audio.id);
      audio.name = name;
      await em.flush();
      return audio;
    });
  },

  /**
   * Deletes the row and its file, refused with AUDIO_IN_USE (listing the users) while any
   * registered owner uses it. The file is moved aside inside the transaction and removed only
   * once the delete committed, so a failed delete leaves both in place.
   */
  async delete(context: DomainContext, audioId: string, directory: string): Promise<boolean> {
    context.viewer.require(AUDIO_MANAGE);
    const file = join(directory, audioFileName(audioId));
    const aside = join(directory, `.deleting-${audioId}.wav`);
    let moved = false;
    try {
      await inTransaction(context, 'Audio', async ({ em }) => {
        await AudioService.assertExists(em, audioId);
        // The row lock makes concurrent deletes and use checks queue behind each other.
        const audio = await em.findOneOrFail(AudioFile, { id: audioId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const uses = await audioUses(em, audioId);
        if (uses.length > 0) {
          throw AudioErrors.create('IN_USE', `Audio ${audio.name} is in use: ${uses.join(', ')}`, {
            id: audioId,
            uses,
          });
        }
        em.remove(audio);
        await em.flush();
        moved = await rename(file, aside).then(
          () => true,
          () => false,
        );
      });
    } catch (error) {
      if (moved) await rename(aside, file).catch(() => undefined);
      throw error;
    }
    await rm(aside, { force: true });
    return true;
  },
};
