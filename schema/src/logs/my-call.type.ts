import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';

@ObjectType({ description: "One of the agent's own calls (myCalls): a call the agent's phone took part in." })
export class MyCall {
  @Field(() => ID)
  callId!: string;

  @Field(() => Campaign, { nullable: true, description: 'Null for calls out of campaign and between agents.' })
  campaign!: Campaign | null;

  @Field(() => String, {
    nullable: true,
    description: "The customer's number; null when the campaign hides its contacts' phone columns from agents.",
  })
  phone!: string | null;

  @Field(() => Contact, { nullable: true, description: "The call's contact, with what is hidden from you left out." })
  contact!: Contact | null;

  @Field(() => GraphQLDateTime, { description: "The call's first logged event." })
  startedAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Talk seconds, once the call is over; null for calls not connected.',
  })
  durationSeconds!: number | null;

  @Field(() => DispositionOption, { nullable: true, description: 'The option the call was dispositioned with, last.' })
  disposition!: DispositionOption | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  dispositionedAt!: Date | null;
}
