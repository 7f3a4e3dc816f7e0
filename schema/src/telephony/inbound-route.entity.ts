import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';

/**
 * The manual's "Inbound routes": a number customers call (DID) and where its calls go. Only
 * an inbound campaign for now; its calls enter the campaign's queue while it is active, and
 * are refused as unallocated otherwise.
 */
@ObjectType()
@Entity({ tableName: 'inbound_routes' })
export class InboundRoute extends BaseEntity {
  @Field(() => String, { description: 'The dialled number as the carrier sends it: digits, optionally a leading +.' })
  @Property({ type: 'string', length: 32 })
  @Unique()
  did!: string;

  @Field(() => Campaign)
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;
}
