import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

export enum AgentActivityType {
  LOGIN = 'LOGIN',
  LOGOUT = 'LOGOUT',
  PAUSE = 'PAUSE',
  UNPAUSE = 'UNPAUSE',
}
registerEnumType(AgentActivityType, { name: 'AgentActivityType' });

/** Append-only agent-activity log (OMniLeads' ActividadAgenteLog). */
@ObjectType()
@Entity({ tableName: 'agent_activities' })
@Index({ properties: ['agentId', 'occurredAt'] })
export class AgentActivity {
  // As a string: JavaScript bigints survive neither JSON (page cursors) nor GraphQL's ID.
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => String)
  @Property({ type: 'uuid' })
  agentId!: string;

  @Field(() => AgentActivityType)
  @Enum({ items: () => AgentActivityType, nativeEnumName: 'agent_activity_type' })
  type!: AgentActivityType;

  @Field(() => String, { nullable: true, description: 'Pause id, or ACW / SUPERVISOR for system pauses.' })
  @Property({ type: 'string', length: 64, nullable: true })
  pauseId: string | null = null;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();
}
