import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Contact } from '../contacts/contact.entity.js';
import { PreviewAssignment } from './preview-assignment.entity.js';
import { PreviewAssignmentStatus } from './preview.enums.js';

@ObjectType({
  description: "A preview contact on an agent's screen: the assignment and the contact as the agent sees it.",
})
export class PreviewContact {
  @Field(() => PreviewAssignment)
  assignment!: PreviewAssignment;

  @Field(() => Contact, { description: 'Without the fields the campaign hides from agents.' })
  contact!: Contact;
}

@ObjectType({ description: 'A call placed to a preview contact.' })
export class PreviewCall {
  @Field(() => PreviewAssignment)
  assignment!: PreviewAssignment;

  @Field(() => ID)
  callId!: string;

  @Field(() => String)
  phone!: string;
}

@ObjectType()
export class PreviewAssignmentCount {
  @Field(() => PreviewAssignmentStatus)
  status!: PreviewAssignmentStatus;

  @Field(() => ID, { nullable: true, description: 'AgentProfile id; null: free contacts.' })
  agentId!: string | null;

  @Field(() => Boolean, { description: 'Contacts the deactivation column keeps from delivery.' })
  deactivated!: boolean;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "Where a preview campaign's contacts stand (its current contact database)." })
export class PreviewAssignmentSummary {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int, { description: 'Contacts with a row; see contactCount for contacts not yet queued.' })
  total!: number;

  @Field(() => Int, { description: "Contacts in the campaign's database." })
  contactCount!: number;

  @Field(() => [PreviewAssignmentCount])
  counts!: PreviewAssignmentCount[];
}
