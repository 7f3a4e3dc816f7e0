import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';

/**
 * The manual's "Tag a Recording Call": an agent's mark, with a note, on the call it is on, so
 * that the recordings module can find the marked calls. Plain ids, as in the call-event log:
 * the call is not a row, and the tag outlives the agent.
 */
@ObjectType({ description: "An agent's mark on a call's recording, with a note." })
@Entity({ tableName: 'recording_tags' })
@Index({ properties: ['callId', 'at'] })
export class RecordingTag extends BaseEntity {
  @Field(() => String, { description: 'SB_CALL_ID of the tagged call.' })
  @Property({ type: 'string', length: 64 })
  callId!: string;

  @Field(() => String)
  @Property({ type: 'uuid' })
  agentId!: string;

  @Field(() => String, { nullable: true, description: "The call's campaign, when it had one." })
  @Property({ type: 'uuid', nullable: true })
  campaignId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 1000 })
  note!: string;

  @Field(() => GraphQLDateTime, { description: 'When the agent tagged the call.' })
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
