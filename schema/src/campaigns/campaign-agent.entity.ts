import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { Campaign } from './campaign.entity.js';

/** An agent assigned to a campaign, with its queue penalty (lower rings first). */
@ObjectType()
@Entity({ tableName: 'campaign_agents' })
@Unique({ properties: ['campaign', 'agent'] })
export class CampaignAgent extends BaseEntity {
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => AgentProfile)
  @ManyToOne({ entity: () => AgentProfile, deleteRule: 'cascade' })
  agent!: Rel<AgentProfile>;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  penalty: number = 0;
}
