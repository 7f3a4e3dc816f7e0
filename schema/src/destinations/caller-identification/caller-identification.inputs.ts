import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SingleLine } from '../../common/text-rules.js';
import { DestinationRef } from '../destination-ref.embeddable.js';
import { CallerIdentificationInteraction, CallerIdentificationSource } from './caller-identification.entity.js';

@InputType()
export class CreateCallerIdentificationInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => CallerIdentificationInteraction)
  @IsEnum(CallerIdentificationInteraction)
  interaction!: CallerIdentificationInteraction;

  @Field(() => CallerIdentificationSource, { nullable: true, description: 'Default DTMF.' })
  @IsOptional()
  @IsEnum(CallerIdentificationSource)
  source?: CallerIdentificationSource | null;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  crmUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 10 (the most).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  crmTimeoutSeconds?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  promptAudioId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  expectedLength?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  inputTimeoutSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  attempts?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactDatabaseId?: string | null;

  @Field(() => DestinationRef)
  @ValidateNested()
  identifiedDestination!: DestinationRef;

  @Field(() => DestinationRef)
  @ValidateNested()
  notIdentifiedDestination!: DestinationRef;
}

@InputType()
export class UpdateCallerIdentificationInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string | null;

  @Field(() => CallerIdentificationInteraction, { nullable: true })
  @IsOptional()
  @IsEnum(CallerIdentificationInteraction)
  interaction?: CallerIdentificationInteraction | null;

  @Field(() => CallerIdentificationSource, { nullable: true })
  @IsOptional()
  @IsEnum(CallerIdentificationSource)
  source?: CallerIdentificationSource | null;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  crmUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  crmTimeoutSeconds?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  promptAudioId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  expectedLength?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  inputTimeoutSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  attempts?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactDatabaseId?: string | null;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  identifiedDestination?: DestinationRef | null;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  notIdentifiedDestination?: DestinationRef | null;
}

@InputType()
export class CallerIdentificationFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}
