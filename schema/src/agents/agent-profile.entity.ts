import { Entity, ManyToOne, OneToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { AgentGroup } from './agent-group.entity.js';
import { User } from '../auth/user.entity.js';

/** What makes a user an agent: a SIP extension and a group. */
@ObjectType()
@Entity({ tableName: 'agent_profiles' })
export class AgentProfile extends BaseEntity {
  @Field(() => User)
  @OneToOne({ entity: () => User, inversedBy: 'agentProfile', owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  @Unique()
  sipExtension!: number;

  @Field(() => AgentGroup)
  @ManyToOne({ entity: () => AgentGroup, deleteRule: 'restrict' })
  group!: Rel<AgentGroup>;

  /** Generated SIP password; handed only to the agent itself (telephony issue). */
  @Property({ type: 'string', length: 64, hidden: true })
  sipSecret!: string;
}
