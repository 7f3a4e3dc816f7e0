import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MultiLineText, SingleLine } from '../../common/text-rules.js';
import { DestinationRef } from '../destination-ref.embeddable.js';
import { CUSTOM_CONTEXT } from './custom-dialplan.js';

/** An extension as Goto() takes it: no comma, parenthesis or bracket to break the arguments. */
export const CUSTOM_EXTENSION = /^[A-Za-z0-9*#+_-]{1,40}$/;
const CONTEXT_MESSAGE = 'context: letters, digits, _ and - only';
const EXTENSION_MESSAGE = 'extension: letters, digits, *, #, +, _ and - only';

@InputType()
export class CreateCustomDestinationInput {
  @SingleLine()
  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @SingleLine()
  @Field(() => String)
  @Matches(CUSTOM_CONTEXT, { message: CONTEXT_MESSAGE })
  context!: string;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Default s.' })
  @IsOptional()
  @Matches(CUSTOM_EXTENSION, { message: EXTENSION_MESSAGE })
  extension?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99_999)
  priority?: number | null;

  @Field(() => DestinationRef)
  @ValidateNested()
  failoverDestination!: DestinationRef;
}

@InputType()
export class UpdateCustomDestinationInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CUSTOM_CONTEXT, { message: CONTEXT_MESSAGE })
  context?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CUSTOM_EXTENSION, { message: EXTENSION_MESSAGE })
  extension?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99_999)
  priority?: number;

  @Field(() => DestinationRef, { nullable: true })
  @IsOptional()
  @ValidateNested()
  failoverDestination?: DestinationRef;
}

@InputType()
export class CustomDestinationFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  nameContains?: string;
}

@InputType()
export class UpdateCustomDialplanInput {
  @MultiLineText()
  @Field(() => String, { description: 'The whole extensions_custom.conf: [contexts] and their extensions.' })
  @MaxLength(65_536)
  content!: string;
}
