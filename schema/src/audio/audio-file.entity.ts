import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/**
 * A custom audio (the manual's "Custom audios"): uploaded as WAV or MP3, kept converted to
 * 8 kHz mono 16-bit WAV in Asterisk's sounds folder under `audioSoundName(id)` (telephony's
 * audio-sounds.ts). The row exists exactly when the file does: the upload writes the file
 * first and renames it into place in the same step that commits the row.
 */
@ObjectType({ description: 'An uploaded audio Asterisk plays (IVRs, announcements, music on hold).' })
@Entity({ tableName: 'audio_files' })
export class AudioFile extends BaseEntity {
  @Field(() => String, { description: 'Unique name shown where audios are chosen.' })
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => String, { description: 'The name of the file as uploaded.' })
  @Property({ type: 'string', length: 255 })
  originalFileName!: string;

  @Field(() => Int, { description: 'Size of the converted file Asterisk plays, in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  durationSeconds!: number;
}
