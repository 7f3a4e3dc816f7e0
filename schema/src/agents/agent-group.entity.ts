import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** The manual's "Groups of Agents": behaviour shared by the agents of a group. */
@ObjectType()
@Entity({ tableName: 'agent_groups' })
export class AgentGroup extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => Int, { description: 'Seconds in ACW before returning to READY; 0 = the agent unpauses.' })
  @Property({ type: 'integer', default: 0 })
  autoUnpauseSeconds: number = 0;

  @Field(() => Boolean, { description: 'Inbound calls connect without ringing.' })
  @Property({ type: 'boolean', default: false })
  autoAttendInbound: boolean = false;

  @Field(() => Boolean, { description: 'Dialer calls connect without ringing.' })
  @Property({ type: 'boolean', default: false })
  autoAttendDialer: boolean = false;

  @Field(() => Boolean, { description: 'Every call made or received must be dispositioned.' })
  @Property({ type: 'boolean', default: false })
  forceDisposition: boolean = false;

  @Field(() => Boolean, { description: 'Agents may call numbers outside any campaign.' })
  @Property({ type: 'boolean', default: false })
  allowOutOfCampaignCalls: boolean = false;

  @Field(() => Boolean, { description: 'Agents may search and play their own recordings.' })
  @Property({ type: 'boolean', default: false })
  allowRecordingsAccess: boolean = false;

  @Field(() => Boolean, { description: 'Agents see their own dashboard.' })
  @Property({ type: 'boolean', default: false })
  allowDashboardAccess: boolean = false;

  @Field(() => Boolean, { description: 'Agents may put calls on hold.' })
  @Property({ type: 'boolean', default: true })
  allowHold: boolean = true;

  @Field(() => Boolean, { description: 'Agents may call other agents directly.' })
  @Property({ type: 'boolean', default: true })
  allowAgentToAgentCalls: boolean = true;
}
