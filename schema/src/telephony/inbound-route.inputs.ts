import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';
import { PROMPT_LANGUAGE } from './prompt-languages.js';
import { DestinationRef } from '../destinations/destination-ref.embeddable.js';
import { DestinationType } from '../destinations/destination-type.js';

/** What a carrier sends as the called number; also an Asterisk extension as is. */
export const DID_PATTERN = /^\+?[0-9]{2,30}$/;
const DID_MESSAGE = 'did: digits only, optionally a leading +, 2 to 30 digits';
/** Digits only: it becomes an Asterisk caller-id pattern `_<digits>!`, where letters would be wildcards. */
export const CALLER_ID_PREFIX_PATTERN = /^[0-9]{0,20}$/;
const CALLER_ID_PREFIX_MESSAGE = 'callerIdPrefix: digits only, at most 20';
const LANGUAGE_MESSAGE = 'language: a prompts folder name such as en, es or en_US';

@InputType()
export class CreateInboundRouteInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @SingleLine()
  @Field(() => String)
  @Matches(DID_PATTERN, { message: DID_MESSAGE })
  did!: string;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Digits the caller number starts with; empty or absent: all.' })
  @IsOptional()
  @Matches(CALLER_ID_PREFIX_PATTERN, { message: CALLER_ID_PREFIX_MESSAGE })
  callerIdPrefix?: string | null;

  @SingleLine()
  @Field(() => String, {
    nullable: true,
    description: 'Language of the system prompts (one installed on the PBX); default en.',
  })
  @IsOptional()
  @Matches(PROMPT_LANGUAGE, { message: LANGUAGE_MESSAGE })
  language?: string | null;

  @Field(() => DestinationRef)
  @ValidateNested()
  destination!: DestinationRef;
}

@InputType()
export class UpdateInboundRouteInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DID_PATTERN, { message: DID_MESSAGE })
  did?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CALLER_ID_PREFIX_PATTERN, { message: CALLER_ID_PREFIX_MESSAGE })
  callerIdPrefix?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PROMPT_LANGUAGE, { message: LANGUAGE_MESSAGE })
  language?: string | null;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  destination?: DestinationRef;
}

@InputType()
export class InboundRouteFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Part of the DID.' })
  didContains?: string;

  @Field(() => DestinationType, { nullable: true })
  destinationType?: DestinationType;

  @Field(() => ID, { nullable: true, description: 'Routes whose destination is this node.' })
  destinationId?: string;
}
