import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AgentState } from '../agents/live/agent-state.js';

@ObjectType({ description: 'A caller waiting in a campaign queue now.' })
export class WaitingCaller {
  @Field(() => ID)
  callId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The caller's number as the viewer may see it: null when the campaign hides the phone from the viewer.",
  })
  phone!: string | null;

  @Field(() => Int, { description: '1 = the next caller offered to an agent.' })
  position!: number;

  @Field(() => GraphQLDateTime, { description: 'When the caller joined the queue (wait = now - waitingSince).' })
  waitingSince!: string;
}

@ObjectType({ description: 'How many agents of the campaign are in one live state.' })
export class AgentStateCount {
  @Field(() => AgentState)
  state!: AgentState;

  @Field(() => Int)
  count!: number;
}

/**
 * An inbound queue now and today (the manual's inbound campaign supervision). Call counters
 * count distinct calls of the day in the campaign's time zone, from the call-event log.
 */
@ObjectType({
  description:
    "A campaign queue now (callers waiting, agents by state) and today's inbound counters (distinct calls of the day in the campaign's time zone, from the call-event log).",
})
export class InboundQueueStats {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String, { description: 'The day counted (YYYY-MM-DD in the campaign time zone).' })
  day!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => [WaitingCaller], { description: 'Callers waiting in the queue now, in queue order.' })
  waiting!: WaitingCaller[];

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Join time of the caller waiting longest; null when none waits.',
  })
  longestWaitSince!: string | null;

  @Field(() => Int, { description: 'Calls taken by an agent from the queue (CONNECT).' })
  answered!: number;

  @Field(() => Int, { description: 'Callers who hung up while waiting in the queue (ABANDON).' })
  abandoned!: number;

  @Field(() => Int, { description: 'Callers who hung up during the welcome message, before the queue (ABANDONWEL).' })
  abandonedDuringWelcome!: number;

  @Field(() => Int, { description: "Callers who waited the queue's whole timeout without an agent (EXITWITHTIMEOUT)." })
  expired!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average seconds answered calls waited in the queue before an agent took them; null before any.',
  })
  averageWaitSeconds!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Average seconds of conversation of the calls completed today (COMPLETEAGENT / COMPLETEOUTNUM); null before any.',
  })
  averageTalkSeconds!: number | null;

  @Field(() => Int, { description: "The campaign queue's service-level threshold in seconds." })
  serviceLevelSeconds!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Service level: calls answered within serviceLevelSeconds of waiting, per 100 calls offered, where offered = answered + abandoned + abandonedDuringWelcome + expired (calls still waiting are not offered yet); null while nothing was offered.',
  })
  serviceLevelPercent!: number | null;

  @Field(() => [AgentStateCount], {
    description:
      'Agents of the campaign (in its queue) by live state, logged-out agents not counted; states with none left out.',
  })
  agentsByState!: AgentStateCount[];

  @Field(() => GraphQLDateTime, { description: 'When these numbers were read.' })
  updatedAt!: string;
}

/** What the bus carries: the GraphQL shape, plain JSON (phones unmasked: each viewer's copy is masked on delivery). */
export type InboundQueueStatsData = { [Key in keyof InboundQueueStats]: InboundQueueStats[Key] };

@ObjectType({ description: "A quarter-hour of a campaign's day (wallboard charts)." })
export class QuarterHourActivity {
  @Field(() => GraphQLDateTime, {
    description: 'Start of the quarter-hour (local quarter-hours of the campaign zone).',
  })
  startsAt!: Date;

  @Field(() => Int, {
    description: 'Calls whose first event of the day fell in this quarter-hour (dialed or entering a queue).',
  })
  calls!: number;

  @Field(() => Int, {
    description:
      'Calls answered in this quarter-hour: a dialed customer answered (ANSWER) or an agent took a queued call (CONNECT).',
  })
  answered!: number;

  @Field(() => Int, { description: 'Calls connected to an agent in this quarter-hour (CONNECT).' })
  connected!: number;

  @Field(() => Int, {
    description:
      'Calls lost in this quarter-hour: abandoned, abandoned during the welcome, or timed out (ABANDON, ABANDONWEL, EXITWITHTIMEOUT).',
  })
  abandoned!: number;
}

@ObjectType({ description: 'How many contacts were dispositioned today with one option.' })
export class DispositionCount {
  @Field(() => ID)
  optionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Contacts dispositioned today with this option (each contact once per option).' })
  count!: number;
}
