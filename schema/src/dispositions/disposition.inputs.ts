import { Field, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import { CallbackRequestInput } from '../callbacks/callback.inputs.js';
import { MultiLineText, SingleLine } from '../common/text-rules.js';

@InputType({ description: 'The first disposition of a contact in a campaign creates it; later ones change it.' })
export class DisposeContactInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Leave it out to disposition your own call (callId) that has no contact: one is created with the caller's number.",
  })
  contactId?: string | null;

  @Field(() => ID)
  optionId!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'ENGAGED options: form answers by field name. Other options: none.',
  })
  answers?: Record<string, unknown> | null;

  @MultiLineText()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2_000)
  comment?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Call being dispositioned, when there is one.' })
  @IsOptional()
  @Length(1, 64)
  callId?: string | null;

  @Field(() => CallbackRequestInput, {
    nullable: true,
    description: 'Required by CALLBACK options, refused by others.',
  })
  callback?: CallbackRequestInput | null;
}

@InputType()
export class DispositionFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  optionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'User who dispositioned last.' })
  agentId?: string | null;
}
