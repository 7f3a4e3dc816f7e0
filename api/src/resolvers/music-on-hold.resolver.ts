import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  AudioFile,
  CreateMusicOnHoldPlaylistInput,
  MusicOnHoldPlaylist,
  MusicOnHoldService,
  UpdateMusicOnHoldPlaylistInput,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => MusicOnHoldPlaylist)
export class MusicOnHoldResolver {
  @Query(() => [MusicOnHoldPlaylist], { description: 'Music on hold playlists by name.' })
  musicOnHoldPlaylists(@Ctx() context: GraphQLContext): Promise<MusicOnHoldPlaylist[]> {
    return MusicOnHoldService.list(domain(context));
  }

  @FieldResolver(() => [AudioFile], { description: 'The audios in playing order.' })
  files(@Root() playlist: MusicOnHoldPlaylist, @Ctx() context: GraphQLContext): Promise<AudioFile[]> {
    return MusicOnHoldService.files(domain(context).em, playlist);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a queue may choose it: it holds at least one audio.' })
  selectable(@Root() playlist: MusicOnHoldPlaylist): boolean {
    return playlist.audioIds.length > 0;
  }

  @Mutation(() => MusicOnHoldPlaylist)
  createMusicOnHoldPlaylist(
    @Arg('input', () => CreateMusicOnHoldPlaylistInput) input: CreateMusicOnHoldPlaylistInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MusicOnHoldPlaylist> {
    return MusicOnHoldService.create(domain(context), input);
  }

  @Mutation(() => MusicOnHoldPlaylist, {
    description: 'Renames or reorders; a playlist a queue plays cannot become empty (AUDIO_EMPTY_PLAYLIST).',
  })
  updateMusicOnHoldPlaylist(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMusicOnHoldPlaylistInput) input: UpdateMusicOnHoldPlaylistInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MusicOnHoldPlaylist> {
    return MusicOnHoldService.update(domain(context), id, input);
  }

  @Mutation(() => Boolean, { description: 'Refused with AUDIO_IN_USE (details.uses) while a campaign queue plays it.' })
  deleteMusicOnHoldPlaylist(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return MusicOnHoldService.delete(domain(context), id);
  }
}
