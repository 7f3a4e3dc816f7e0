import { Field, ID, ObjectType } from 'type-graphql';
import { Contact } from './contact.entity.js';

@ObjectType({
  description:
    "What the console shows of the contact of the agent's current call: the call's campaign, even one the agent is not assigned to (a call transferred in).",
})
export class CallCampaignView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Fields the campaign hides from agents; never in the contact below.' })
  hiddenContactFields!: string[];

  @Field(() => [String], { description: 'Fields agents may not edit.' })
  blockedContactFields!: string[];

  @Field(() => [String], { description: "Columns of the campaign's contact database; empty without one." })
  columns!: string[];

  @Field(() => [String], { description: 'Phone columns of that database, the main one first.' })
  phoneColumns!: string[];
}

@ObjectType({ description: "The contact of the agent's own current call, as the call's campaign shows it to agents." })
export class CallContactView {
  @Field(() => CallCampaignView)
  campaign!: CallCampaignView;

  @Field(() => Contact, {
    nullable: true,
    description: 'Without the fields the campaign hides; null while the call has no contact (an unknown caller).',
  })
  contact!: Contact | null;

  @Field(() => Boolean, {
    description:
      'Whether the agent may edit the contact (updateCampaignContact) and dial its other numbers: only in its own campaigns.',
  })
  editable!: boolean;
}
