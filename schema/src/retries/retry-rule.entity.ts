import { Check, Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
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
// One rule per outcome per campaign (NULL outcomes, i.e. disposition rules, never collide) and
// one per disposition option (an option belongs to one campaign); a rule targets exactly one.
@Unique({ name: 'retry_rules_campaign_outcome_unique', properties: ['campaign', 'outcome'] })
@Unique({ name: 'retry_rules_disposition_option_unique', properties: ['dispositionOption'] })
@Check({ name: 'retry_rules_one_target', expression: '(outcome is null) <> (disposition_option_id is null)' })
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
