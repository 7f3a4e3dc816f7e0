import { Entity, Enum, ManyToOne, OneToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { AgentGroup } from './agent-group.entity.js';
import { User } from '../auth/user.entity.js';

/** How the agent's phone connects. */
export enum AgentPhoneType {
  /** The console's webphone (JsSIP over WebSocket, DTLS-SRTP). */
  WEBRTC = 'WEBRTC',
  /** A desk phone or softphone over SIP/UDP (RTP, no encryption): for sites with hardware phones. */
  SIP = 'SIP',
}
registerEnumType(AgentPhoneType, { name: 'AgentPhoneType' });

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

  @Field(() => AgentPhoneType)
  @Enum({ items: () => AgentPhoneType, nativeEnumName: 'agent_phone_type', default: AgentPhoneType.WEBRTC })
  phoneType: AgentPhoneType = AgentPhoneType.WEBRTC;

  @Field(() => AgentGroup)
  @ManyToOne({ entity: () => AgentGroup, deleteRule: 'restrict' })
  group!: Rel<AgentGroup>;

  /** Generated SIP password; handed only to the agent itself (telephony issue). */
  @Property({ type: 'string', length: 64, hidden: true })
  sipSecret!: string;
}
