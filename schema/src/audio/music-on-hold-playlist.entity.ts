import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { BaseEntity } from '../common/base.entity.js';
import { SingleLine } from '../common/text-rules.js';

/**
 * The manual's "Music on Hold playlists": audios played in order, in a loop, to callers
 * waiting in a queue whose musicOnHold names it. Asterisk's class is `mohClassName(id)`.
 */
@ObjectType()
@Entity({ tableName: 'music_on_hold_playlists' })
export class MusicOnHoldPlaylist extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  /** In playing order; an audio may appear more than once. */
  @Field(() => [ID], { description: 'AudioFile ids in playing order.' })
  @Property({ type: 'json' })
  audioIds: string[] = [];
}

export const MAX_PLAYLIST_AUDIOS = 200;

@InputType()
export class CreateMusicOnHoldPlaylistInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => [ID], { nullable: true, description: 'AudioFile ids in playing order.' })
  @IsOptional()
  @ArrayMaxSize(MAX_PLAYLIST_AUDIOS)
  @IsUUID('all', { each: true, message: 'audioIds must be audio ids' })
  audioIds?: string[];
}

@InputType()
export class UpdateMusicOnHoldPlaylistInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => [ID], { nullable: true, description: 'The whole new order; replaces the old one.' })
  @IsOptional()
  @ArrayMaxSize(MAX_PLAYLIST_AUDIOS)
  @IsUUID('all', { each: true, message: 'audioIds must be audio ids' })
  audioIds?: string[];
}
