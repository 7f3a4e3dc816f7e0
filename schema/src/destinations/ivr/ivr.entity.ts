import { Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Matches, ValidateNested } from 'class-validator';
import { BaseEntity } from '../../common/base.entity.js';
import { SingleLine } from '../../common/text-rules.js';
import { DestinationRef } from '../destination-ref.embeddable.js';

/** The keys a caller may press: one each, and each is also an Asterisk extension as is. */
export const IVR_DIGIT = /^[0-9*#]$/;

/** One key of the menu and where it sends the caller (another IVR nests menus). */
@ObjectType('IvrOption')
@InputType('IvrOptionInput')
export class IvrOption {
  @SingleLine()
  @Field(() => String, { description: 'One of 0-9, * or #.' })
  @Matches(IVR_DIGIT, { message: 'digit must be one of 0-9, * or #' })
  digit!: string;

  @Field(() => DestinationRef)
  @ValidateNested()
  destination!: DestinationRef;
}

/**
 * The manual's "IVR": plays a main audio and waits for a key; each option's key sends the
 * caller to its destination. No key within the timeout, or a key with no option, replays the
 * menu up to the retries, then sends the caller to the timeout or the invalid destination.
 * Audios are AudioFile ids (the audio domain owns the files).
 */
@ObjectType()
@Entity({ tableName: 'ivrs' })
export class Ivr extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => ID, { description: 'AudioFile played as the menu.' })
  @Property({ type: 'uuid' })
  mainAudioId!: string;

  @Field(() => Int, { description: 'Seconds to wait for a key after the main audio.' })
  @Property({ type: 'integer' })
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Times the menu is played again after a timeout before the timeout destination.' })
  @Property({ type: 'integer' })
  timeoutRetries!: number;

  @Field(() => ID, { nullable: true, description: 'AudioFile played on each timeout.' })
  @Property({ type: 'uuid', nullable: true })
  timeoutAudioId: string | null = null;

  @Field(() => DestinationRef)
  @Embedded({ entity: () => DestinationRef, prefix: 'timeout_' })
  timeoutDestination!: DestinationRef;

  @Field(() => Int, {
    description: 'Times the menu is played again after an invalid key before the invalid destination.',
  })
  @Property({ type: 'integer' })
  invalidRetries!: number;

  @Field(() => ID, { nullable: true, description: 'AudioFile played on each invalid key.' })
  @Property({ type: 'uuid', nullable: true })
  invalidAudioId: string | null = null;

  @Field(() => DestinationRef)
  @Embedded({ entity: () => DestinationRef, prefix: 'invalid_' })
  invalidDestination!: DestinationRef;

  @Field(() => [IvrOption])
  @Property({ type: 'json' })
  options: IvrOption[] = [];
}
