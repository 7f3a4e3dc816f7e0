import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { colleagueAgentIds } from '../agents/agent-reach.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { AgentState, type AgentLiveStateData } from '../agents/live/agent-state.js';
import { listAgentStates } from '../agents/live/agent-state.query.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { agentDisplayName } from '../agents/session/agent-directory.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState, CampaignType } from '../campaigns/campaign.enums.js';
import { InCallErrors } from './in-call.errors.js';

@ObjectType({ description: 'An agent the viewer may call or transfer a call to, with its live state.' })
export class TransferAgent {
  @Field(() => ID, { description: 'The agent profile id (callAgent, transferCall agentId).' })
  agentId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Int)
  sipExtension!: number;

  @Field(() => AgentState)
  state!: AgentState;

  @Field(() => String, { nullable: true, description: 'The pause id while PAUSED, or ACW / SUPERVISOR.' })
  pauseId!: string | null;

  @Field(() => String, { nullable: true })
  pauseName!: string | null;

  @Field(() => Boolean, {
    description: 'Takes a call now: READY or PAUSED, phone registered, no disposition owed. Others are refused.',
  })
  available!: boolean;
}

@ObjectType({ description: 'An inbound campaign a call may be transferred to (its queue).' })
export class TransferCampaign {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "Where the agent's calls may go: agents to call or transfer to, campaigns to transfer to." })
export class TransferTargets {
  @Field(() => [TransferAgent], {
    description: 'Agents of its group and campaigns: READY first, then other available ones, then the rest.',
  })
  agents!: TransferAgent[];

  @Field(() => [TransferCampaign], { description: 'Every active inbound campaign, by name.' })
  campaigns!: TransferCampaign[];
}

/**
 * One answer to "may a call land on this agent now": a call never rings a phone busy with a
 * customer, an agent who left, or one held in forced ACW. Agent calls and transfers both ask.
 */
export function takesCallNow(state: AgentLiveStateData | null): boolean {
  if (!state) return false;
  return (state.state === AgentState.READY || state.state === AgentState.PAUSED) && !state.dispositionPending;
}

/**
 * The manual's "Transfer to another Campaign": any active inbound campaign, not only the
 * agent's own, since the call goes to that campaign's queue and its agents answer it.
 */
const TRANSFER_CAMPAIGNS = { type: CampaignType.INBOUND, isTemplate: false, state: CampaignState.ACTIVE } as const;

/**
 * The agent console's transfer and call targets, and the checks transferCall and callAgent
 * make against the same rules (reach: colleagueAgentIds; availability: takesCallNow).
 */
export class TransferTargetService {
  constructor(private readonly store: AgentStateStore) {}

  /** Agents only: a supervisor or administrator has no call to transfer (FORBIDDEN). */
  async list(em: EntityManager, viewer: Viewer): Promise<TransferTargets> {
    viewer.require(Permission.AGENT_CONSOLE);
    if (!viewer.agentId) throw InCallErrors.create('NOT_AN_AGENT', 'Only agents have transfer targets');
    const ids = await colleagueAgentIds(em, viewer.agentId);
    const [states, profiles, campaigns] = await Promise.all([
      listAgentStates(em, this.store, ids),
      em.find(AgentProfile, { id: { $in: ids } }, { populate: ['user'] }),
      em.find(Campaign, TRANSFER_CAMPAIGNS, { fields: ['id', 'name'], orderBy: { name: 'asc', id: 'asc' } }),
    ]);
    const names = new Map(profiles.map((profile) => [profile.id, agentDisplayName(profile.user)]));
    const agents = states.map((state) => ({
      agentId: state.agentId,
      displayName: names.get(state.agentId) ?? state.username,
      sipExtension: state.sipExtension,
      state: state.state,
      pauseId: state.pauseId,
      pauseName: state.pauseName,
      available: takesCallNow(state),
    }));
    // READY first, then the paused who may take a call, then the rest; stable, so each part
    // keeps the extension order.
    const rank = (agent: TransferAgent) => (agent.available ? (agent.state === AgentState.READY ? 0 : 1) : 2);
    agents.sort((a, b) => rank(a) - rank(b));
    return { agents, campaigns: campaigns.map((campaign) => ({ id: campaign.id, name: campaign.name })) };
  }

  /** The campaign, if a call may be transferred to it; INVALID_TARGET or TARGET_UNAVAILABLE otherwise. */
  async campaign(em: EntityManager, campaignId: string | null): Promise<Campaign> {
    const campaign = campaignId ? await em.findOne(Campaign, { id: campaignId, ...TRANSFER_CAMPAIGNS }) : null;
    if (campaign) return campaign;
    const other = campaignId ? await em.findOne(Campaign, { id: campaignId }) : null;
    if (other && other.type === TRANSFER_CAMPAIGNS.type && !other.isTemplate) {
      throw InCallErrors.create('TARGET_UNAVAILABLE', `The campaign ${other.name} is not active`);
    }
    throw InCallErrors.create('INVALID_TARGET', 'campaignId: not an inbound campaign', { field: 'campaignId' });
  }
}
