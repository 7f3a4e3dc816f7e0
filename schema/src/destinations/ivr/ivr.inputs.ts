import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/text-rules.js';
import { DestinationRef } from '../destination-ref.embeddable.js';
import { IvrOption } from './ivr.entity.js';

@InputType()
export class CreateIvrInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => ID)
  @IsUUID()
  mainAudioId!: string;

  @Field(() => Int, { nullable: true, description: 'Default 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  timeoutSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 2.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  timeoutRetries?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  timeoutAudioId?: string | null;

  @Field(() => DestinationRef)
  @ValidateNested()
  timeoutDestination!: DestinationRef;

  @Field(() => Int, { nullable: true, description: 'Default 2.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  invalidRetries?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  invalidAudioId?: string | null;

  @Field(() => DestinationRef)
  @ValidateNested()
  invalidDestination!: DestinationRef;

  @Field(() => [IvrOption])
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  options!: IvrOption[];
}

@InputType()
export class UpdateIvrInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  mainAudioId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  timeoutSeconds?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  timeoutRetries?: number;

  @Field(() => ID, { nullable: true, description: 'null removes the audio.' })
  @IsOptional()
  @IsUUID()
  timeoutAudioId?: string | null;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  timeoutDestination?: DestinationRef;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  invalidRetries?: number;

  @Field(() => ID, { nullable: true, description: 'null removes the audio.' })
  @IsOptional()
  @IsUUID()
  invalidAudioId?: string | null;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  invalidDestination?: DestinationRef;

  @Field(() => [IvrOption], { nullable: true, description: 'Replaces every option.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  options?: IvrOption[];
}

@InputType()
export class IvrFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  nameContains?: string;
}
