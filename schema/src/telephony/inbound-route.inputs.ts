import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

/** What a carrier sends as the called number; also an Asterisk extension as is. */
export const DID_PATTERN = /^\+?[0-9]{2,30}$/;
const DID_MESSAGE = 'did: digits only, optionally a leading +, 2 to 30 digits';

@InputType()
export class CreateInboundRouteInput {
  @SingleLine()
  @Field(() => String)
  @Matches(DID_PATTERN, { message: DID_MESSAGE })
  did!: string;

  @Field(() => ID, { description: 'An inbound campaign.' })
  @IsUUID()
  campaignId!: string;
}

@InputType()
export class UpdateInboundRouteInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DID_PATTERN, { message: DID_MESSAGE })
  did?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

@InputType()
export class InboundRouteFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Part of the DID.' })
  didContains?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;
}
