import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsUUID, Length, Matches } from 'class-validator';
import { BaseEntity } from '../common/base.entity.js';
import { SingleLine } from '../common/text-rules.js';

/** One agent's user id in the external system (the manual's "Id externo agente"). */
@ObjectType('ExternalAgentId')
@InputType('ExternalAgentIdInput')
export class ExternalAgentId {
  @Field(() => ID, { description: 'The agent profile id (AgentProfile.id).' })
  @IsUUID('all', { message: 'agentId must be an agent profile id' })
  agentId!: string;

  @SingleLine()
  @Field(() => String, { description: "The agent's id in the external system." })
  @Length(1, 128)
  @Matches(/^\S(.*\S)?$/, { message: 'externalId may not start or end with spaces' })
  externalId!: string;
}

/**
 * A CRM that calls the API (click-to-call, dispositions) with its own ids for campaigns and
 * agents. Campaigns carry their external id; agents' ids live here, one per agent and unique
 * within the system, so a CRM user maps to exactly one agent.
 */
@ObjectType()
@Entity({ tableName: 'external_systems' })
export class ExternalSystem extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  @Unique()
  name!: string;

  // Kept in the system's row: the mapping is read and written whole, and uniqueness within
  // one row is checked by the service without cross-row races.
  @Field(() => [ExternalAgentId])
  @Property({ type: 'json' })
  externalAgentIds: ExternalAgentId[] = [];
}
