import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import type { DomainContext } from '../common/domain-context.js';
import { invalidInput } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { telephonyNotifier } from '../telephony/telephony.notifier.js';
import { AudioFile } from './audio-file.entity.js';
import { AudioErrors } from './audio.errors.js';
import { registerAudioUse } from './audio-usage.js';
import { AUDIO_MANAGE, AUDIO_READ } from './audio.service.js';
import {
  MusicOnHoldPlaylist,
  type CreateMusicOnHoldPlaylistInput,
  type UpdateMusicOnHoldPlaylistInput,
} from './music-on-hold-playlist.entity.js';
import { isUuid } from '../common/uuid.js';

// Playlists play audios: an audio in a playlist cannot be deleted.
registerAudioUse('music-on-hold-playlists', async (em, audioId) => {
  const rows = await em.execute<Array<{ name: string }>>(
    'select name from music_on_hold_playlists where audio_ids @> ?::jsonb order by name',
    [JSON.stringify([audioId])],
  );
  return rows.map((row) => `Music on hold playlist ${row.name}`);
});

function notFound(id: string) {
  return AudioErrors.create('NOT_FOUND', `Music on hold playlist ${id} was not found`, { id });
}

/** Campaigns (and templates) whose queue plays the playlist. */
async function campaignsUsing(em: EntityManager, playlistId: string): Promise<string[]> {
  const campaigns = await em.find(
    Campaign,
    { queue: { musicOnHold: playlistId }, state: { $ne: CampaignState.DELETED } },
    { fields: ['name', 'isTemplate'], orderBy: { name: 'asc' } },
  );
  return campaigns.map((campaign) => `${campaign.isTemplate ? 'Campaign template' : 'Campaign'} ${campaign.name}`);
}

/**
 * The audios exist, locked against a concurrent delete (FOR SHARE, which AudioService.delete's
 * FOR UPDATE waits behind), so the playlist never names a deleted audio.
 */
async function checkedAudioIds(em: EntityManager, audioIds: readonly string[]): Promise<string[]> {
  const ids = audioIds.map((id) => id.toLowerCase());
  if (ids.length === 0) return [];
  const rows = await em.find(AudioFile, { id: { $in: [...new Set(ids)] } }, { lockMode: LockMode.PESSIMISTIC_READ });
  const known = new Set(rows.map((row) => row.id));
  const missing = [...new Set(ids.filter((id) => !known.has(id)))];
  if (missing.length > 0) {
    throw AudioErrors.create('NOT_FOUND', `audioIds: no audio with id ${missing.join(', ')}`, {
      field: 'audioIds',
      missing,
    });
  }
  return ids;
}

async function assertPlaylistNameFree(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const other = await em.findOne(MusicOnHoldPlaylist, { name: { $ilike: name.replace(/[\\%_]/g, '\\$&') } });
  if (other && other.id !== exceptId) {
    throw AudioErrors.create('DUPLICATE_NAME', `A music on hold playlist named ${name} already exists`, {
      field: 'name',
      name,
    });
  }
}

export const MusicOnHoldService = {
  async list(context: DomainContext): Promise<MusicOnHoldPlaylist[]> {
    context.viewer.requireAny(...AUDIO_READ);
    return context.em.find(MusicOnHoldPlaylist, {}, { orderBy: { name: 'asc', id: 'asc' } });
  },

  async create(context: DomainContext, input: CreateMusicOnHoldPlaylistInput): Promise<MusicOnHoldPlaylist> {
    context.viewer.require(AUDIO_MANAGE);
    const name = input.name.trim();
    const playlist = await inTransaction(context, 'Music on hold playlist', async ({ em }) => {
      await assertPlaylistNameFree(em, name, null);
      const created = em.create(MusicOnHoldPlaylist, {
        name,
        audioIds: await checkedAudioIds(em, input.audioIds ?? []),
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await em.flush();
      return created;
    });
    telephonyNotifier.configurationChanged(context, 'music-on-hold');
    return playlist;
  },

  async update(
    context: DomainContext,
    id: string,
    input: UpdateMusicOnHoldPlaylistInput,
  ): Promise<MusicOnHoldPlaylist> {
    context.viewer.require(AUDIO_MANAGE);
    const playlist = await inTransaction(context, 'Music on hold playlist', async ({ em }) => {
      if (!isUuid(id)) throw notFound(id);
      const found = await em.findOne(MusicOnHoldPlaylist, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw notFound(id);
      if (input.name !== undefined && input.name !== null) {
        const name = input.name.trim();
        await assertPlaylistNameFree(em, name, found.id);
        found.name = name;
      }
      if (input.audioIds !== undefined && input.audioIds !== null) {
        const audioIds = await checkedAudioIds(em, input.audioIds);
        if (audioIds.length === 0) {
          const users = await campaignsUsing(em, found.id);
          if (users.length > 0) {
            throw AudioErrors.create(
              'EMPTY_PLAYLIST',
              `Playlist ${found.name} plays in ${users.join(', ')}: it cannot become empty`,
              { field: 'audioIds', uses: users },
            );
          }
        }
        found.audioIds = audioIds;
      }
      await em.flush();
      return found;
    });
    telephonyNotifier.configurationChanged(context, 'music-on-hold');
    return playlist;
  },

  /** Refused with AUDIO_IN_USE (details.uses) while a campaign's queue plays it. */
  async delete(context: DomainContext, id: string): Promise<boolean> {
    context.viewer.require(AUDIO_MANAGE);
    await inTransaction(context, 'Music on hold playlist', async ({ em }) => {
      if (!isUuid(id)) throw notFound(id);
      const found = await em.findOne(MusicOnHoldPlaylist, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw notFound(id);
      const uses = await campaignsUsing(em, found.id);
      if (uses.length > 0) {
        throw AudioErrors.create('IN_USE', `Playlist ${found.name} is in use: ${uses.join(', ')}`, { id, uses });
      }
      em.remove(found);
      await em.flush();
    });
    telephonyNotifier.configurationChanged(context, 'music-on-hold');
    return true;
  },

  /** The playlist's audios in playing order. */
  async files(em: EntityManager, playlist: MusicOnHoldPlaylist): Promise<AudioFile[]> {
    const audios = await em.find(AudioFile, { id: { $in: [...new Set(playlist.audioIds)] } });
    const byId = new Map(audios.map((audio) => [audio.id, audio]));
    return playlist.audioIds.flatMap((audioId) => byId.get(audioId) ?? []);
  },
};

/**
 * A queue's music on hold: null (Asterisk's `default` class) or a playlist that exists and
 * holds at least one audio. The playlist row is locked (FOR SHARE) so it cannot be emptied
 * or deleted before the campaign commits.
 */
export async function assertMusicOnHoldSelectable(em: EntityManager, playlistId: string | null): Promise<void> {
  if (playlistId === null) return;
  const field = 'queue.musicOnHold';
  if (!isUuid(playlistId)) throw invalidInput(field, 'must be a music on hold playlist id, or null for the default');
  const playlist = await em.findOne(MusicOnHoldPlaylist, { id: playlistId }, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!playlist) {
    throw AudioErrors.create('NOT_FOUND', `${field}: no music on hold playlist with id ${playlistId}`, {
      field,
      id: playlistId,
    });
  }
  if (playlist.audioIds.length === 0) {
    throw AudioErrors.create('EMPTY_PLAYLIST', `${field}: playlist ${playlist.name} has no audio yet`, {
      field,
      id: playlistId,
    });
  }
}
