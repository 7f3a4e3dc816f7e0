import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, Min, MaxLength } from 'class-validator';
import { DestinationType, DialerPacing, QueueStrategy } from './campaign.enums.js';

export enum HoldTimeAnnouncement {
  NO = 'NO',
  YES = 'YES',
  ONCE = 'ONCE',
}
registerEnumType(HoldTimeAnnouncement, { name: 'HoldTimeAnnouncement' });

/**
 * The manual's "queue data" step, shared by inbound and dialer campaigns (and used by the
 * generated Asterisk queue). One class is the column set, the output type and the input type,
 * so every default and bound is written once.
 */
@Embeddable()
@ObjectType('QueueSettings')
@InputType('QueueSettingsInput')
export class QueueSettings {
  @Field(() => QueueStrategy, { nullable: true })
  @Enum({ items: () => QueueStrategy, nativeEnumName: 'queue_strategy' })
  strategy: QueueStrategy = QueueStrategy.RRMEMORY;

  @Field(() => Int, { nullable: true, description: 'Callers allowed to wait at once; 0 = unlimited.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(10_000)
  maxCalls: number = 0;

  @Field(() => Int, { nullable: true, description: 'Seconds a caller waits before the failover destination.' })
  @Property({ type: 'integer' })
  @Min(1)
  @Max(86_400)
  queueTimeoutSeconds: number = 300;

  @Field(() => Int, { nullable: true, description: 'Rest time between calls for the agent.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(3_600)
  wrapUpSeconds: number = 2;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  @Min(1)
  @Max(3_600)
  serviceLevelSeconds: number = 20;

  @Field(() => Int, { nullable: true, description: '0 (equal) to 10: higher delivers first to shared agents.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(10)
  priority: number = 0;

  @Field(() => Int, { nullable: true, description: 'Seconds an agent phone rings.' })
  @Property({ type: 'integer' })
  @Min(1)
  @Max(600)
  ringSeconds: number = 15;

  @Field(() => Int, { nullable: true, description: 'Seconds before trying a ready agent again.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(600)
  retrySeconds: number = 5;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  @IsOptional()
  @MaxLength(100)
  musicOnHold: string | null = null;

  @Field(() => String, { nullable: true, description: 'Audio played to the agent when a call arrives.' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  agentAnnouncement: string | null = null;

  @Field(() => String, { nullable: true, description: 'Audio played to callers before they join the queue.' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  entryAnnouncement: string | null = null;

  @Field(() => HoldTimeAnnouncement, { nullable: true })
  @Enum({ items: () => HoldTimeAnnouncement, nativeEnumName: 'hold_time_announcement' })
  announceHoldTime: HoldTimeAnnouncement = HoldTimeAnnouncement.NO;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean' })
  announcePosition: boolean = false;

  @Field(() => Int, { nullable: true, description: 'Seconds between hold time / position announcements.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(3_600)
  positionAnnounceFrequencySeconds: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  periodicAnnouncement: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(3_600)
  periodicAnnouncementFrequencySeconds: number = 0;

  @Field(() => String, { nullable: true, description: 'IVR a waiting caller can escape to.' })
  @Property({ type: 'string', length: 64, nullable: true })
  @IsOptional()
  escapeIvrId: string | null = null;

  @Field(() => DestinationType, { nullable: true, description: 'Where callers go on timeout or a full queue.' })
  @Enum({ items: () => DestinationType, nativeEnumName: 'destination_type' })
  failoverDestinationType: DestinationType = DestinationType.HANGUP;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  @IsOptional()
  @MaxLength(100)
  failoverDestination: string | null = null;

  @Field(() => Int, { nullable: true, description: "Overrides the agent group's auto-unpause seconds." })
  @Property({ type: 'integer', nullable: true })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  autoUnpauseSeconds: number | null = null;

  @Field(() => Boolean, { nullable: true, description: "Overrides the agent group's auto-attend setting." })
  @Property({ type: 'boolean', nullable: true })
  @IsOptional()
  autoAttend: boolean | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Answering-machine detection on dialer calls.' })
  @Property({ type: 'boolean' })
  amdEnabled: boolean = false;

  @Field(() => String, { nullable: true, description: 'Audio left on answering machines; none = hang up.' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  machineAudio: string | null = null;

  @Field(() => String, { nullable: true, description: 'Played to a caller no agent took in time (abandoned).' })
  @Property({ type: 'string', length: 200, nullable: true })
  @IsOptional()
  @MaxLength(200)
  safeHarbourAudio: string | null = null;

  @Field(() => DialerPacing, { nullable: true })
  @Enum({ items: () => DialerPacing, nativeEnumName: 'dialer_pacing' })
  pacing: DialerPacing = DialerPacing.PREDICTIVE;

  @Field(() => Float, { nullable: true, description: 'Multiplies the calls pacing decides on.' })
  @Property({ type: 'float' })
  @Min(0.1)
  @Max(10)
  initialBoostFactor: number = 1;

  @Field(() => Float, { nullable: true, description: 'Lines per free agent in RATIO pacing.' })
  @Property({ type: 'float' })
  @Min(1)
  @Max(10)
  dialRatio: number = 1;

  @Field(() => Float, { nullable: true, description: 'Target abandonment rate in percent.' })
  @Property({ type: 'float' })
  @Min(0)
  @Max(100)
  maxAbandonRatePercent: number = 3;

  @Field(() => Int, { nullable: true, description: 'Simultaneous calls the campaign may hold; 0 = unlimited.' })
  @Property({ type: 'integer' })
  @Min(0)
  @Max(10_000)
  maxChannels: number = 0;

  @Field(() => Int, { nullable: true, description: 'Seconds ringing the customer before CANCEL.' })
  @Property({ type: 'integer' })
  @Min(5)
  @Max(300)
  dialTimeoutSeconds: number = 25;
}
