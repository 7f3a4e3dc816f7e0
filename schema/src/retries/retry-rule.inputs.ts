import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { RetryOutcome } from './retry-rule.entity.js';

const WEEK_SECONDS = 604_800;

@InputType({ description: 'Give exactly one of outcome and dispositionOptionId.' })
export class CreateRetryRuleInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => RetryOutcome, { nullable: true, description: 'Retry calls that ended this way.' })
  outcome?: RetryOutcome | null;

  @Field(() => ID, { nullable: true, description: "Retry contacts dispositioned with this campaign's option." })
  dispositionOptionId?: string | null;

  @Field(() => Int, { description: '1 second to 1 week.' })
  @Min(1)
  @Max(WEEK_SECONDS)
  retryAfterSeconds!: number;

  @Field(() => Int, { description: '1 to 100.' })
  @Min(1)
  @Max(100)
  maxAttempts!: number;
}

@InputType({ description: "A rule's outcome or option does not change: delete it and create another." })
export class UpdateRetryRuleInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(WEEK_SECONDS)
  retryAfterSeconds?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(100)
  maxAttempts?: number;
}

@InputType()
export class RetryRuleFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;
}
