import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';

export enum CallEventType {
  DIAL = 'DIAL',
  ANSWER = 'ANSWER',
  CONNECT = 'CONNECT',
  ENTERQUEUE = 'ENTERQUEUE',
  ABANDON = 'ABANDON',
  ABANDONWEL = 'ABANDONWEL',
  EXITWITHTIMEOUT = 'EXITWITHTIMEOUT',
  NOANSWER = 'NOANSWER',
  BUSY = 'BUSY',
  CANCEL = 'CANCEL',
  CHANUNAVAIL = 'CHANUNAVAIL',
  CONGESTION = 'CONGESTION',
  FAIL = 'FAIL',
  AMD = 'AMD',
  BLACKLIST = 'BLACKLIST',
  COMPLETEAGENT = 'COMPLETEAGENT',
  COMPLETEOUTNUM = 'COMPLETEOUTNUM',
  HOLD = 'HOLD',
  UNHOLD = 'UNHOLD',
  BLINDTRANSFER = 'BLINDTRANSFER',
  ATTENDEDTRANSFER = 'ATTENDEDTRANSFER',
  TRANSFER_CANCELLED = 'TRANSFER_CANCELLED',
  CONFERENCE = 'CONFERENCE',
  RECORDING_STARTED = 'RECORDING_STARTED',
  RECORDING_STOPPED = 'RECORDING_STOPPED',
  /** A supervisor started spying on the call (data: supervisorUserId, mode, sessionId). */
  SPY_START = 'SPY_START',
  /** The supervisor switched between LISTEN, WHISPER and BARGE (data: from, mode). */
  SPY_MODE_CHANGE = 'SPY_MODE_CHANGE',
  /** The spy session ended (data: reason STOPPED, HANGUP or SWITCHED). */
  SPY_STOP = 'SPY_STOP',
}
registerEnumType(CallEventType, { name: 'CallEventType' });

/**
 * Ends of a call: once one is logged, the call gets no other. The normalizer has its own copy
 * (telephony's TERMINAL_KINDS, pure code without the ORM); a workers spec keeps the two equal.
 */
export const TERMINAL_CALL_EVENT_TYPES: ReadonlySet<CallEventType> = new Set([
  CallEventType.ABANDON,
  CallEventType.ABANDONWEL,
  CallEventType.EXITWITHTIMEOUT,
  CallEventType.NOANSWER,
  CallEventType.BUSY,
  CallEventType.CANCEL,
  CallEventType.CHANUNAVAIL,
  CallEventType.CONGESTION,
  CallEventType.FAIL,
  CallEventType.BLACKLIST,
  CallEventType.COMPLETEAGENT,
  CallEventType.COMPLETEOUTNUM,
]);

/** `data.reason` of the FAIL that closes a call which ended while AMI was not listening (as telephony writes it). */
export const CLOSED_AFTER_RESYNC_REASON = 'closed-after-resync';

/**
 * Append-only call-event log (OMniLeads' LlamadaLog). Plain ids instead of foreign keys:
 * the log outlives the rows it names, and is written at call rate.
 */
@ObjectType()
@Entity({ tableName: 'call_events' })
@Index({ properties: ['campaignId', 'occurredAt'] })
@Index({ properties: ['callId'] })
// Listing orders by (occurredAt, id): keyset pages over the whole log need this order indexed.
@Index({ properties: ['occurredAt', 'id'] })
export class CallEvent {
  // As a string: JavaScript bigints survive neither JSON (page cursors) nor GraphQL's ID.
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => String, { description: 'Producer-side id; replays with the same key are ignored.' })
  @Property({ type: 'string', length: 128 })
  @Unique()
  eventKey!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  callId!: string;

  @Field(() => CallEventType)
  @Enum({ items: () => CallEventType, nativeEnumName: 'call_event_type' })
  type!: CallEventType;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  campaignId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  agentId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  contactId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  waitSeconds: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  durationSeconds: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 255, nullable: true })
  recording: string | null = null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'jsonb', default: '{}' })
  data: Record<string, unknown> = {};

  @Field(() => GraphQLDateTime)
  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();
}
