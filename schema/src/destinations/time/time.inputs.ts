import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength, MinLength, ValidateNested, ArrayMaxSize } from 'class-validator';
import { SingleLine } from '../../common/text-rules.js';
import { DestinationRef } from '../destination-ref.embeddable.js';
import { TimeRuleEntry } from './time-group.entity.js';

@InputType()
export class CreateTimeGroupInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => [TimeRuleEntry])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  rules!: TimeRuleEntry[];
}

@InputType()
export class UpdateTimeGroupInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => [TimeRuleEntry], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  rules?: TimeRuleEntry[];
}

@InputType()
export class TimeGroupFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  nameContains?: string;
}

@InputType()
export class CreateTimeConditionInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => ID)
  @IsUUID()
  timeGroupId!: string;

  @SingleLine()
  @Field(() => String, { description: 'IANA time zone, e.g. America/Argentina/Buenos_Aires.' })
  @MaxLength(64)
  timeZone!: string;

  @Field(() => DestinationRef)
  @ValidateNested()
  matchDestination!: DestinationRef;

  @Field(() => DestinationRef)
  @ValidateNested()
  otherwiseDestination!: DestinationRef;
}

@InputType()
export class UpdateTimeConditionInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  timeGroupId?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  matchDestination?: DestinationRef;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  otherwiseDestination?: DestinationRef;
}

@InputType()
export class TimeConditionFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  nameContains?: string;

  @Field(() => ID, { nullable: true })
  timeGroupId?: string;
}
