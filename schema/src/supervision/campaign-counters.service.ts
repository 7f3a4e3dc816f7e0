import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { localClock } from '../campaigns/calling-window.js';
import { CommonErrors, notFound } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { visibleCampaignIds } from '../logs/log-scope.js';
import { AgentState, CALL_STATES, type AgentLiveStateData } from '../agents/live/agent-state.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { abandonRatePercent, humansAnswered } from './campaign-counters.js';
import type { CampaignCountersStore, StoredCampaignDay } from './campaign-counters.store.js';
import {
  abandonTotals30Days,
  callCountsFromLog,
  countedCampaigns,
  engagedFromDispositions,
  pendingContacts,
  type CountedCampaign,
} from './campaign-counters.sql.js';
import type { CampaignAgentCounts, CampaignCountersData } from './campaign-counters.types.js';
import { agentStatesByCampaign } from './agent-state-counts.js';

/** The campaign's day at `at`, in its time zone. */
export const campaignDay = (campaign: Pick<CountedCampaign, 'timeZone'>, at: Date): string =>
  localClock(at, campaign.timeZone).date;

const noAgents = (): CampaignAgentCounts => ({ agentsOnline: 0, agentsOnCall: 0, agentsPaused: 0 });

/** Agents by campaign: online, on a call, paused (see agentStatesByCampaign). */
export function agentCountsByCampaign(states: Iterable<AgentLiveStateData>): Map<string, CampaignAgentCounts> {
  const counts = new Map<string, CampaignAgentCounts>();
  for (const [campaignId, byState] of agentStatesByCampaign(states)) {
    const campaign = noAgents();
    for (const [state, count] of byState) {
      campaign.agentsOnline += count;
      if (CALL_STATES.has(state)) campaign.agentsOnCall += count;
      if (state === AgentState.PAUSED) campaign.agentsPaused += count;
    }
    counts.set(campaignId, campaign);
  }
  return counts;
}

/** Every logged-in agent's live state, counted by campaign. */
export async function liveAgentCounts(store: AgentStateStore): Promise<Map<string, CampaignAgentCounts>> {
  const states = await store.getMany(await store.loggedInAgentIds());
  return agentCountsByCampaign(states.values());
}

/** The published shape, from what Redis holds for the day and the agents' live states. */
export function campaignCountersData(
  campaign: CountedCampaign,
  day: string,
  stored: StoredCampaignDay,
  agents: CampaignAgentCounts | undefined,
  now: Date,
): CampaignCountersData {
  const { counts, extras } = stored;
  const humans = humansAnswered(counts);
  const lost30 = Math.max(extras.lost30Days ?? 0, 0);
  return {
    campaignId: campaign.id,
    day,
    timeZone: campaign.timeZone,
    dialed: counts.dialed,
    answered: counts.answered,
    humansAnswered: humans,
    notAnswered: counts.notAnswered,
    machines: counts.machines,
    dialingNow: counts.dialingNow,
    connected: counts.connected,
    lost: counts.lost,
    engaged: extras.engaged ?? 0,
    pending: extras.pending,
    ...(agents ?? noAgents()),
    abandonRatePercent: abandonRatePercent(counts.lost, humans),
    abandonRatePercent30Days: abandonRatePercent(lost30, extras.humansAnswered30Days ?? 0),
    updatedAt: now.toISOString(),
  };
}

/** Everything Redis would hold for the day, computed from Postgres: for a day no worker has rebuilt yet. */
export async function campaignDayFromDatabase(
  em: EntityManager,
  campaign: CountedCampaign,
  day: string,
): Promise<StoredCampaignDay> {
  const [counts, engaged, pending, totals] = await Promise.all([
    callCountsFromLog(em, campaign, day),
    engagedFromDispositions(em, campaign, day),
    pendingContacts(em, campaign),
    abandonTotals30Days(em, campaign, day),
  ]);
  return { counts, extras: { engaged, pending, ...totals, rebuiltAt: null } };
}

/**
 * Supervisors (SUPERVISION) see the counters of their campaigns; CAMPAIGNS_ALL sees every one.
 * Returns what the counters need of the campaign.
 */
export async function supervisedCampaign(
  em: EntityManager,
  viewer: Viewer,
  campaignId: string,
): Promise<CountedCampaign> {
  viewer.require(Permission.SUPERVISION);
  const campaign = (await countedCampaigns(em, [campaignId])).get(campaignId);
  if (!campaign) throw notFound('Campaign', campaignId);
  const visible = await visibleCampaignIds(em, viewer);
  if (visible !== null && !visible.includes(campaignId)) {
    throw CommonErrors.create('FORBIDDEN', 'Not one of your campaigns', { campaignId });
  }
  return campaign;
}

export interface CampaignCountersDeps {
  counters: CampaignCountersStore;
  agentStates: AgentStateStore;
}

/**
 * Today's counters of a campaign: from Redis, where workers/campaign-counters keeps them; from
 * the log itself while no worker has rebuilt the day (none running, or Redis just flushed).
 */
export async function readCampaignCounters(
  context: Pick<DomainContext, 'em' | 'viewer'>,
  deps: CampaignCountersDeps,
  campaignId: string,
  now = new Date(),
): Promise<CampaignCountersData> {
  const campaign = await supervisedCampaign(context.em, context.viewer, campaignId);
  return countersOfCampaign(context.em, deps, campaign, now);
}

/** Today's counters of a campaign already checked for the viewer. */
export async function countersOfCampaign(
  em: EntityManager,
  deps: CampaignCountersDeps,
  campaign: CountedCampaign,
  now = new Date(),
): Promise<CampaignCountersData> {
  const day = campaignDay(campaign, now);
  let stored = await deps.counters.read(campaign.id, day);
  if (!stored.extras.rebuiltAt) stored = await campaignDayFromDatabase(em, campaign, day);
  const agents = await liveAgentCounts(deps.agentStates);
  return campaignCountersData(campaign, day, stored, agents.get(campaign.id), now);
}
