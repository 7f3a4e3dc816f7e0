import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/**
 * A campaign's live counters for the day (the manual's dialer supervision view, reset at
 * midnight in the campaign's time zone). Call counters count distinct calls of the day.
 */
@ObjectType({ description: "A campaign's counters for today, in its time zone; call counters count distinct calls." })
export class CampaignCounters {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String, { description: 'The day counted (YYYY-MM-DD in the campaign time zone).' })
  day!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => Int, { description: 'Calls dialed (customer leg).' })
  dialed!: number;

  @Field(() => Int, { description: 'Calls answered, humans and machines.' })
  answered!: number;

  @Field(() => Int, { description: 'Answered minus machines.' })
  humansAnswered!: number;

  @Field(() => Int, { description: 'Dials that ended unanswered: no answer, busy, unavailable, congestion, failed.' })
  notAnswered!: number;

  @Field(() => Int, { description: 'Answering machines (AMD).' })
  machines!: number;

  @Field(() => Int, { description: 'Calls ringing now: dialed, neither answered nor ended.' })
  dialingNow!: number;

  @Field(() => Int, { description: 'Calls connected to an agent.' })
  connected!: number;

  @Field(() => Int, { description: 'Lost calls: the customer gave up or timed out waiting for an agent (abandoned).' })
  lost!: number;

  @Field(() => Int, { description: 'Contacts dispositioned today with an ENGAGED option ("gestiones").' })
  engaged!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Dialer campaigns: contacts still to dial (never dialed, pending or scheduled); null otherwise.',
  })
  pending!: number | null;

  @Field(() => Int, { description: 'Agents logged in to the campaign.' })
  agentsOnline!: number;

  @Field(() => Int, { description: 'Agents with a call: ringing, dialing or talking.' })
  agentsOnCall!: number;

  @Field(() => Int, { description: 'Agents paused, after-call work included.' })
  agentsPaused!: number;

  @Field(() => Float, { nullable: true, description: 'Lost per 100 humans answered today; null before any.' })
  abandonRatePercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same over the last 30 days (today included).' })
  abandonRatePercent30Days!: number | null;

  @Field(() => GraphQLDateTime, { description: 'When these numbers were read.' })
  updatedAt!: string;
}

/** What the bus carries and the store reads: the GraphQL shape, plain JSON. */
export type CampaignCountersData = { [Key in keyof CampaignCounters]: CampaignCounters[Key] };

/** Agents of one campaign by state, from their live states. */
export interface CampaignAgentCounts {
  agentsOnline: number;
  agentsOnCall: number;
  agentsPaused: number;
}
