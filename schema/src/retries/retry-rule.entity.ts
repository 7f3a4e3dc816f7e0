import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';

/** The manual's "Reglas de incidencia": call outcomes worth another try. TIMEOUT = answered, no agent. */
export enum RetryOutcome {
  BUSY = 'BUSY',
  NO_ANSWER = 'NO_ANSWER',
  MACHINE = 'MACHINE',
  REJECTED = 'REJECTED',
  TIMEOUT = 'TIMEOUT',
}
registerEnumType(RetryOutcome, { name: 'RetryOutcome' });

@ObjectType({ description: 'Retry after N seconds, at most M attempts, for an outcome or a disposition option.' })
@Entity({ tableName: 'retry_rules' })
export class RetryRule extends BaseEntity {
  @Field(() => Campaign)
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => RetryOutcome, { nullable: true, description: 'Set for outcome rules.' })
  @Enum({ items: () => RetryOutcome, nativeEnumName: 'retry_outcome', nullable: true })
  outcome: RetryOutcome | null = null;

  @Field(() => DispositionOption, { nullable: true, description: 'Set for disposition rules.' })
  @ManyToOne({ entity: () => DispositionOption, nullable: true, deleteRule: 'cascade' })
  dispositionOption: Rel<DispositionOption> | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  retryAfterSeconds!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxAttempts!: number;
}
