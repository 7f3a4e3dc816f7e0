import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/** What a supervisor does on an agent's call (the manual's spy / whisper; barge goes further). */
export enum SpyMode {
  /** The supervisor hears agent and customer; nobody hears the supervisor. */
  LISTEN = 'LISTEN',
  /** The supervisor hears both; only the agent hears the supervisor. */
  WHISPER = 'WHISPER',
  /** The supervisor hears both and both hear the supervisor. */
  BARGE = 'BARGE',
}
registerEnumType(SpyMode, { name: 'SpyMode' });

/** A supervisor's running spy session, as the API shows it. */
@ObjectType({ description: "A supervisor's running spy session on an agent's call." })
export class SpySession {
  @Field(() => ID)
  agentId!: string;

  @Field(() => ID, { description: 'The spied call (its call-event log carries SPY_START, SPY_MODE_CHANGE, SPY_STOP).' })
  callId!: string;

  @Field(() => SpyMode)
  mode!: SpyMode;

  @Field(() => GraphQLDateTime)
  startedAt!: string;

  @Field(() => ID)
  supervisorUserId!: string;
}

/** What the session store keeps in Redis: the GraphQL shape plus the channels to act on. */
export interface SpySessionData {
  /** One per session: call-event keys derive from it. */
  sessionId: string;
  agentId: string;
  callId: string;
  campaignId: string | null;
  mode: SpyMode;
  startedAt: string;
  supervisorUserId: string;
  /** The supervisor's channel's uniqueid (chosen at Originate): Redirect and Hangup name it. */
  spyChannelId: string;
  /** The agent's channel ChanSpy listens to. */
  agentChannel: string;
  /** How many mode changes so far: each one's call-event key. */
  modeChanges: number;
  /** When the supervisor's phone answered; null while it rings (the channel may not exist yet). */
  answeredAt: string | null;
}
