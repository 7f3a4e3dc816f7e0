import { Embeddable, Embedded, Enum, Property } from '@mikro-orm/core';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID, Max, Min, MaxLength, ValidateNested } from 'class-validator';
import { DialerPacing, QueueStrategy } from './campaign.enums.js';
import { DestinationRef, HANGUP_DESTINATION } from '../destinations/destination-ref.embeddable.js';
import { SingleLine } from '../common/text-rules.js';

export enum HoldTimeAnnouncement {
  NO = 'NO',
  YES = 'YES',
  ONCE = 'ONCE',
}
registerEnumType(HoldTimeAnnouncement, { name: 'HoldTimeAnnouncement' });

/**
 * The manual's "queue data" step, shared by inbound and dialer campaigns (and used by the
 * generated Asterisk queue). One class is the column set, the output type and the input type,
 * so every bound is written once; every default is written once in QUEUE_DEFAULTS.
 *
 * The fields have no initializers on purpose: type-graphql builds an input with
 * `new QueueSettings()`, and initializers would make every field a client left out look as if
 * it had been sent, so a partial update could not leave the others alone.
 */
@Embeddable()
@ObjectType('QueueSettings')
@InputType('QueueSettingsInput')
export class QueueSettings {
  @Field(() => QueueStrategy, { nullable: true })
  @Enum({ items: () => QueueStrategy, nativeEnumName: 'queue_strategy' })
  strategy!: QueueStrategy;

  @Field(() => Int, { nullable: true, description: 'Callers allowed to wait at once; 0 = unlimited.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  maxCalls!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds a caller waits before the failover destination.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(1)
  @Max(86_400)
  queueTimeoutSeconds!: number;

  @Field(() => Int, { nullable: true, description: 'Rest time between calls for the agent.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  wrapUpSeconds!: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(1)
  @Max(3_600)
  serviceLevelSeconds!: number;

  @Field(() => Int, { nullable: true, description: '0 (equal) to 10: higher delivers first to shared agents.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(10)
  priority!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds an agent phone rings.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(1)
  @Max(600)
  ringSeconds!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds before trying a ready agent again.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(600)
  retrySeconds!: number;

  @SingleLine()
  @Field(() => ID, {
    nullable: true,
    description: "A MusicOnHoldPlaylist id (one with audios); null plays Asterisk's default music.",
  })
  @Property({ type: 'string', length: 100, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'musicOnHold must be a music on hold playlist id, or null for the default' })
  musicOnHold!: string | null;

  @Field(() => ID, { nullable: true, description: 'AudioFile played to the agent when a call arrives.' })
  @Property({ type: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  agentAnnouncementAudioId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'AudioFile played to callers before they join the queue (hanging up during it is ABANDONWEL).',
  })
  @Property({ type: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  entryAnnouncementAudioId!: string | null;

  @Field(() => HoldTimeAnnouncement, { nullable: true })
  @Enum({ items: () => HoldTimeAnnouncement, nativeEnumName: 'hold_time_announcement' })
  announceHoldTime!: HoldTimeAnnouncement;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean' })
  announcePosition!: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds between hold time / position announcements.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  positionAnnounceFrequencySeconds!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'AudioFile played to waiting callers every periodicAnnouncementFrequencySeconds (e.g. how to escape).',
  })
  @Property({ type: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  periodicAnnouncementAudioId!: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  periodicAnnouncementFrequencySeconds!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'IVR a waiting caller leaves the queue for by pressing any key (0-9, *, #).',
  })
  @Property({ type: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  escapeIvrId!: string | null;

  @Field(() => DestinationRef, {
    nullable: true,
    description: 'Where callers go when the maximum wait runs out or the queue is full (maxCalls).',
  })
  @Embedded({ entity: () => DestinationRef, prefix: 'failover_', prefixMode: 'relative' })
  @IsOptional()
  @ValidateNested()
  failover!: DestinationRef;

  @Field(() => Int, { nullable: true, description: "Overrides the agent group's auto-unpause seconds." })
  @Property({ type: 'integer', nullable: true })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  autoUnpauseSeconds!: number | null;

  @Field(() => Boolean, { nullable: true, description: "Overrides the agent group's auto-attend setting." })
  @Property({ type: 'boolean', nullable: true })
  @IsOptional()
  autoAttend!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Answering-machine detection on dialer calls.' })
  @Property({ type: 'boolean' })
  amdEnabled!: boolean;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Audio left on answering machines; none = hang up.' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  machineAudio!: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Played to a caller no agent took in time (abandoned).' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  safeHarbourAudio!: string | null;

  @Field(() => DialerPacing, { nullable: true })
  @Enum({ items: () => DialerPacing, nativeEnumName: 'dialer_pacing' })
  pacing!: DialerPacing;

  @Field(() => Float, { nullable: true, description: 'Multiplies the calls pacing decides on.' })
  @Property({ type: 'float' })
  @IsOptional()
  @Min(0.1)
  @Max(10)
  initialBoostFactor!: number;

  @Field(() => Float, { nullable: true, description: 'Lines per free agent in RATIO pacing.' })
  @Property({ type: 'float' })
  @IsOptional()
  @Min(1)
  @Max(10)
  dialRatio!: number;

  @Field(() => Float, { nullable: true, description: 'Target abandonment rate in percent.' })
  @Property({ type: 'float' })
  @IsOptional()
  @Min(0)
  @Max(100)
  maxAbandonRatePercent!: number;

  @Field(() => Int, { nullable: true, description: 'Simultaneous calls the campaign may hold; 0 = unlimited.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  maxChannels!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds ringing the customer before CANCEL.' })
  @Property({ type: 'integer' })
  @IsOptional()
  @Min(5)
  @Max(300)
  dialTimeoutSeconds!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'PREDICTIVE: a call still ringing after this many seconds may be hung up when the pacer sees more humans coming than agents (0 = never; otherwise at least 15, the US Telemarketing Sales Rule minimum).',
  })
  @Property({ type: 'integer', default: 0 })
  @IsOptional()
  @Min(0)
  @Max(300)
  surplusHangupAfterSeconds!: number;

  /** A queue with every default: what a new campaign starts with. */
  static defaults(): QueueSettings {
    // Each campaign its own failover: an embeddable instance must not be shared by two entities.
    return Object.assign(new QueueSettings(), QUEUE_DEFAULTS, { failover: HANGUP_DESTINATION() });
  }
}

export const QUEUE_DEFAULTS: Readonly<{ [Key in keyof QueueSettings]: QueueSettings[Key] }> = Object.freeze({
  strategy: QueueStrategy.RRMEMORY,
  maxCalls: 0,
  queueTimeoutSeconds: 300,
  wrapUpSeconds: 2,
  serviceLevelSeconds: 20,
  priority: 0,
  ringSeconds: 15,
  retrySeconds: 5,
  musicOnHold: null,
  agentAnnouncementAudioId: null,
  entryAnnouncementAudioId: null,
  announceHoldTime: HoldTimeAnnouncement.NO,
  announcePosition: false,
  positionAnnounceFrequencySeconds: 0,
  periodicAnnouncementAudioId: null,
  periodicAnnouncementFrequencySeconds: 0,
  escapeIvrId: null,
  failover: HANGUP_DESTINATION(),
  autoUnpauseSeconds: null,
  autoAttend: null,
  amdEnabled: false,
  machineAudio: null,
  safeHarbourAudio: null,
  pacing: DialerPacing.PREDICTIVE,
  initialBoostFactor: 1,
  dialRatio: 1,
  maxAbandonRatePercent: 3,
  maxChannels: 0,
  dialTimeoutSeconds: 25,
  surplusHangupAfterSeconds: 0,
});
