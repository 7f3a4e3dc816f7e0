import { Field, ID, InputType } from 'type-graphql';
import { DialOutcome } from './dialer-contact.entity.js';
import { RecycleTarget } from './recycle.enums.js';
import { SingleLine } from '../common/text-rules.js';

@InputType({
  description:
    'DIALER: contacts whose disposition is one of dispositionOptionIds OR whose last call ended with one of ' +
    'outcomes. PREVIEW: contacts never dispositioned (give neither list).',
})
export class RecycleCampaignInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => RecycleTarget)
  target!: RecycleTarget;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'NEW_CAMPAIGN: its name; "<name> (recycled)" by default.' })
  newCampaignName?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Disposition options of the campaign.' })
  dispositionOptionIds?: string[] | null;

  @Field(() => [DialOutcome], { nullable: true, description: "The contact's last call outcome in the campaign." })
  outcomes?: DialOutcome[] | null;
}
