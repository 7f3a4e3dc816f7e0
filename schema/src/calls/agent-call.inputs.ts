import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { SingleLine } from '../common/text-rules.js';

@InputType({ description: "An agent's manual call: a number, for a campaign or (when the group allows it) for none." })
export class DialManualInput {
  @Field(() => ID, { nullable: true, description: 'The campaign the call is for; null: an out-of-campaign call.' })
  campaignId?: string | null;

  @SingleLine()
  @Field(() => String, {
    nullable: true,
    description: "The number to dial; may be left out when phoneColumn names the contact's number to dial.",
  })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact called: one of manualCallCandidates.' })
  contactId?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "A new contact for the campaign's database ({column: value}); the main phone defaults to the number.",
  })
  createContact?: Record<string, string> | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Dial this phone column of the contact instead of `phone`.' })
  phoneColumn?: string | null;
}

@ObjectType({ description: 'A call placed for an agent: its phone rings first, then the number.' })
export class PlacedAgentCall {
  @Field(() => ID, { description: 'The call id (SB_CALL_ID) of the call log and the agent state.' })
  callId!: string;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Null for an unidentified call.' })
  contactId!: string | null;

  @Field(() => String, { description: "The number dialed, or the called agent's extension." })
  phone!: string;
}
