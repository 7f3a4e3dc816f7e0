import { Entity, Enum, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignState } from './campaign.enums.js';

/**
 * One replacement of a campaign's contact database (the manual's "Contact database rotation");
 * never updated. createdAt is when it happened. The databases are kept (restrict): the
 * campaign's dispositions of the earlier contacts still point at them.
 */
@ObjectType({ description: "One replacement of a campaign's contact database; createdAt is when." })
@Entity({ tableName: 'campaign_database_changes' })
@Index({ properties: ['campaign', 'createdAt'] })
export class CampaignDatabaseChange extends BaseEntity {
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => ContactDatabase, {
    nullable: true,
    description: 'Null when the campaign had no database, or the viewer does not reach it.',
  })
  @ManyToOne({ entity: () => ContactDatabase, nullable: true, deleteRule: 'restrict' })
  fromDatabase: Rel<ContactDatabase> | null = null;

  @Field(() => ContactDatabase)
  @ManyToOne({ entity: () => ContactDatabase, deleteRule: 'restrict' })
  toDatabase!: Rel<ContactDatabase>;

  @Field(() => User, { nullable: true, description: 'Who replaced it; null once that user is deleted.' })
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  changedBy: Rel<User> | null = null;

  @Field(() => CampaignState, { description: 'The campaign state at the time: PAUSED or FINISHED.' })
  @Enum({ items: () => CampaignState, nativeEnumName: 'campaign_state' })
  campaignState!: CampaignState;
}
