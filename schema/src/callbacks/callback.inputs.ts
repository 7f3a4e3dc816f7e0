import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { CallbackKind, CallbackStatus } from './callback.entity.js';
import { MultiLineText, SingleLine } from '../common/text-rules.js';

@InputType({ description: 'The callback a CALLBACK disposition schedules ("agenda").' })
export class CallbackRequestInput {
  @Field(() => GraphQLDateTime, { description: 'In the future.' })
  scheduledAt!: Date;

  @Field(() => CallbackKind, {
    description: "PERSONAL: the agent's own; GLOBAL: back to the dialer (DIALER campaigns).",
  })
  kind!: CallbackKind;

  @SingleLine()
  @Field(() => String, { nullable: true, description: "Number to call back; the contact's main phone by default." })
  phone?: string | null;

  @MultiLineText()
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CallbackFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => CallbackKind, { nullable: true })
  kind?: CallbackKind | null;

  @Field(() => CallbackStatus, { nullable: true })
  status?: CallbackStatus | null;

  @Field(() => ID, { nullable: true, description: 'Owner (user id) of PERSONAL callbacks.' })
  agentId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Scheduled at or after.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Scheduled before.' })
  to?: Date | null;
}
