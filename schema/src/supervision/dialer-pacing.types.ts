import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/**
 * The dialer's latest pacing decision for one campaign, as its holder wrote it (workers/dialer,
 * every tick while it dials the campaign). What a supervisor reads to see why the dialer places
 * as many calls as it does.
 */
@ObjectType({ description: "The dialer's latest pacing decision for a campaign: what it saw and what it did." })
export class DialerPacingState {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String, { description: 'Pacing mode in force: progressive, predictive, ratio or vicidial-adaptive.' })
  mode!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Lines per ready agent the mode dials at: the boost (progressive, predictive while warming up), the dial ratio ' +
      '(ratio), the adaptive level (vicidial-adaptive); null when the mode works from a forecast instead.',
  })
  dialLevel!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Predictive: agents expected free when the humans of calls placed now would arrive; null when there is no forecast.',
  })
  forecastFreeAgents!: number | null;

  @Field(() => Int, { description: 'Calls originated and not yet answered by a human or ended (ringing or in AMD).' })
  callsInFlight!: number;

  @Field(() => Int, { description: 'Humans answered and waiting for an agent.' })
  humansWaiting!: number;

  @Field(() => Int)
  agentsLoggedIn!: number;

  @Field(() => Int)
  agentsReady!: number;

  @Field(() => Int, { description: 'Calls this decision placed.' })
  lastOriginated!: number;

  @Field(() => Float, { nullable: true, description: "The campaign's abandonment target, in percent." })
  abandonTargetPercent!: number | null;

  @Field(() => GraphQLDateTime, { description: 'When the dialer decided.' })
  decidedAt!: string;
}

/** What Redis holds and the bus carries: the GraphQL shape, plain JSON. */
export type DialerPacingData = { [Key in keyof DialerPacingState]: DialerPacingState[Key] };
