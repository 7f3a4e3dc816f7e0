import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/** An agent's live state, as supervisors and consoles see it. */
export enum AgentState {
  OFFLINE = 'OFFLINE',
  READY = 'READY',
  PAUSED = 'PAUSED',
  RINGING = 'RINGING',
  DIALING = 'DIALING',
  ON_CALL = 'ON_CALL',
  /** Logged in, but the phone is not registered: no call can reach it. */
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(AgentState, { name: 'AgentState' });

/** Pauses the platform takes on the agent's behalf; they are not rows of `pauses`. */
export enum SystemPause {
  /** After-call work: every call ends in it. */
  ACW = 'ACW',
  /** A supervisor paused the agent. */
  SUPERVISOR = 'SUPERVISOR',
}

/** States in which the agent has a call (the phone rings, dials or talks). */
export const CALL_STATES: ReadonlySet<AgentState> = new Set([
  AgentState.RINGING,
  AgentState.DIALING,
  AgentState.ON_CALL,
]);

/**
 * One agent's live state, kept in Redis (JSON, dates as ISO strings) and published on every
 * change. `version` grows by one per change so that writers can compare-and-set.
 */
@ObjectType({ description: "An agent's live state; OFFLINE agents have no session fields." })
export class AgentLiveState {
  @Field(() => ID)
  agentId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => Int)
  sipExtension!: number;

  @Field(() => AgentState)
  state!: AgentState;

  @Field(() => String, { nullable: true, description: 'The pause id while PAUSED, or ACW / SUPERVISOR.' })
  pauseId!: string | null;

  @Field(() => String, { nullable: true })
  pauseName!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the agent entered this state.' })
  since!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  loggedInAt!: string | null;

  @Field(() => [ID], { description: 'Campaigns whose queues the agent is in.' })
  campaignIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The call ringing, dialing, connected, or in ACW.' })
  callId!: string | null;

  @Field(() => ID, { nullable: true })
  callCampaignId!: string | null;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field(() => String, { nullable: true, description: "The customer's number on the current call." })
  phone!: string | null;

  @Field(() => Boolean, { description: 'Registered phone: calls can reach the agent.' })
  phoneRegistered!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When ACW ends by itself (auto-unpause).' })
  autoUnpauseAt!: string | null;

  @Field(() => Boolean, { description: 'The group forces a disposition: ACW lasts until the call is dispositioned.' })
  dispositionPending!: boolean;

  @Field(() => Int)
  version!: number;
}

/** What the store holds: the GraphQL shape, plain JSON. */
export type AgentLiveStateData = { [Key in keyof AgentLiveState]: AgentLiveState[Key] };

/** Who the agent is: the part of the live state that does not change within a session. */
export interface AgentIdentity {
  agentId: string;
  userId: string;
  username: string;
  groupId: string;
  sipExtension: number;
}

export function offlineState(identity: AgentIdentity, at: Date, version = 0): AgentLiveStateData {
  return {
    ...identity,
    state: AgentState.OFFLINE,
    pauseId: null,
    pauseName: null,
    since: at.toISOString(),
    loggedInAt: null,
    campaignIds: [],
    callId: null,
    callCampaignId: null,
    contactId: null,
    phone: null,
    phoneRegistered: false,
    autoUnpauseAt: null,
    dispositionPending: false,
    version,
  };
}
