import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ASTERISK_IDENTIFIER, ASTERISK_IDENTIFIER_MESSAGE } from './asterisk-syntax.js';
import { TrunkTemplate } from './trunk.entity.js';
import { MultiLineText, SingleLine } from '../common/text-rules.js';

const SIP_DETAILS_MAX = 10_000;

@InputType()
export class CreateTrunkInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 64)
  @Matches(ASTERISK_IDENTIFIER, { message: ASTERISK_IDENTIFIER_MESSAGE })
  name!: string;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'A dialable number; separators are removed.' })
  callerId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1000 })
  @Min(1)
  @Max(10_000)
  maxChannels?: number;

  @MultiLineText()
  @Field(() => String, { description: 'pjsip wizard text: "key = value" lines, # or ; comments.' })
  @MaxLength(SIP_DETAILS_MAX)
  sipDetails!: string;

  @Field(() => TrunkTemplate, { nullable: true })
  template?: TrunkTemplate | null;
}

@InputType()
export class UpdateTrunkInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  @Matches(ASTERISK_IDENTIFIER, { message: ASTERISK_IDENTIFIER_MESSAGE })
  name?: string;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  callerId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  maxChannels?: number;

  @MultiLineText()
  @Field(() => String, {
    nullable: true,
    description: 'Credentials left as the masked value read from the API keep their stored value.',
  })
  @IsOptional()
  @MaxLength(SIP_DETAILS_MAX)
  sipDetails?: string;

  @Field(() => TrunkTemplate, { nullable: true })
  template?: TrunkTemplate | null;
}

@InputType()
export class TrunkFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
