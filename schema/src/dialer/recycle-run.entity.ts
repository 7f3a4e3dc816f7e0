import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { User } from '../auth/user.entity.js';
import { DialOutcome } from './dialer-contact.entity.js';
import { RecycleRunStatus, RecycleTarget } from './recycle.enums.js';

/**
 * One recycling of a campaign: the request, then its result. Its id is the background job's
 * id, and the job marks it DONE in the transaction that recycles, so a job run twice (a crash
 * after the commit, a retried job) sees DONE and does nothing.
 */
@ObjectType({ description: 'A recycling of a campaign and where it stands.' })
@Entity({ tableName: 'recycle_runs' })
@Index({ properties: ['campaign', 'status'] })
export class RecycleRun extends BaseEntity {
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => RecycleTarget)
  @Enum({ items: () => RecycleTarget, nativeEnumName: 'recycle_target' })
  target!: RecycleTarget;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 128, nullable: true })
  newCampaignName: string | null = null;

  @Field(() => [ID])
  @Property({ type: 'text[]', default: '{}' })
  dispositionOptionIds: string[] = [];

  @Field(() => [DialOutcome])
  @Property({ type: 'text[]', default: '{}' })
  outcomes: DialOutcome[] = [];

  @Field(() => RecycleRunStatus)
  @Enum({ items: () => RecycleRunStatus, nativeEnumName: 'recycle_run_status' })
  status: RecycleRunStatus = RecycleRunStatus.QUEUED;

  @Field(() => Int, { description: "Contacts of the campaign's database looked at so far." })
  @Property({ type: 'integer', default: 0 })
  scannedContacts: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  totalContacts: number = 0;

  @Field(() => Int, { description: 'Contacts put back to be called.' })
  @Property({ type: 'integer', default: 0 })
  recycledContacts: number = 0;

  /** NEW_CAMPAIGN: the campaign made; SAME: the campaign itself. */
  @ManyToOne({ entity: () => Campaign, nullable: true, deleteRule: 'set null' })
  resultCampaign: Rel<Campaign> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  requestedBy: Rel<User> | null = null;

  /** The requester sees only campaigns it supervises: it supervises the new one too. */
  @Property({ type: 'boolean', default: false })
  superviseCopy: boolean = false;

  @Field(() => ID)
  get campaignId(): string {
    return this.campaign.id;
  }

  @Field(() => ID, { nullable: true })
  get resultCampaignId(): string | null {
    return this.resultCampaign?.id ?? null;
  }
}
