import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import type { AgentLiveStateData } from '../agents/live/agent-state.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { campaignDay, supervisedCampaign } from './campaign-counters.service.js';
import {
  agentsByState,
  inboundQueueStatsData,
  statsForViewer,
  type InboundCampaign,
} from './inbound-queue.counters.js';
import { dispositionsOfDay, inboundCampaigns, inboundCountsFromLog, quarterHourActivity } from './inbound-queue.sql.js';
import type { InboundQueueStore } from './inbound-queue.store.js';
import type { DispositionCount, InboundQueueStatsData, QuarterHourActivity } from './inbound-queue.types.js';

export interface InboundQueueDeps {
  queues: InboundQueueStore;
  agentStates: AgentStateStore;
}

/** A campaign the viewer supervises, with what the inbound view needs of it and of the viewer. */
export interface SupervisedQueue {
  campaign: InboundCampaign;
  /** Whether the viewer may see waiting callers' numbers (decided once, at subscribe time for a stream). */
  phoneVisible: boolean;
}

/**
 * An agent (a user with an agent profile) sees no number its campaign hides from agents;
 * supervisors and managers see contacts whole, as everywhere else (contactForViewer).
 */
export const phoneVisibleTo = (viewer: Viewer, campaign: InboundCampaign): boolean =>
  !(viewer.isAgent && campaign.phoneHiddenFromAgents);

/** Supervisors (SUPERVISION) see their campaigns' queues; CAMPAIGNS_ALL every one; others FORBIDDEN. */
export async function supervisedQueue(em: EntityManager, viewer: Viewer, campaignId: string): Promise<SupervisedQueue> {
  await supervisedCampaign(em, viewer, campaignId);
  const campaign = (await inboundCampaigns(em, [campaignId])).get(campaignId);
  if (!campaign) throw notFound('Campaign', campaignId);
  return { campaign, phoneVisible: phoneVisibleTo(viewer, campaign) };
}

/** Every logged-in agent's live state: read once per round when several campaigns are published. */
export async function loggedInAgentStates(store: AgentStateStore): Promise<AgentLiveStateData[]> {
  return [...(await store.getMany(await store.loggedInAgentIds())).values()];
}

/** The queue's stats now, unmasked: what workers/queue-state publishes and the api masks per viewer. */
export async function inboundQueueStatsOf(
  em: EntityManager,
  deps: InboundQueueDeps,
  campaign: InboundCampaign,
  now = new Date(),
  agentStates?: readonly AgentLiveStateData[],
): Promise<InboundQueueStatsData> {
  const day = campaignDay(campaign, now);
  const [queue, counts, states] = await Promise.all([
    deps.queues.read(campaign.id),
    inboundCountsFromLog(em, campaign, day),
    agentStates ?? loggedInAgentStates(deps.agentStates),
  ]);
  return inboundQueueStatsData(campaign, day, queue, counts, agentsByState(campaign.id, states), now);
}

export async function readInboundQueueStats(
  context: Pick<DomainContext, 'em' | 'viewer'>,
  deps: InboundQueueDeps,
  campaignId: string,
): Promise<InboundQueueStatsData> {
  const { campaign, phoneVisible } = await supervisedQueue(context.em, context.viewer, campaignId);
  return statsForViewer(await inboundQueueStatsOf(context.em, deps, campaign), phoneVisible);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day given by a client: YYYY-MM-DD and a real date. */
function checkedDay(day: string): string {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw invalidInput('day', 'expected a date as YYYY-MM-DD', { day });
  }
  return day;
}

/** Calls, answered, connected and lost by quarter-hour of a day (default today) in the campaign's zone. */
export async function readQuarterHourActivity(
  context: Pick<DomainContext, 'em' | 'viewer'>,
  campaignId: string,
  day?: string | null,
  now = new Date(),
): Promise<QuarterHourActivity[]> {
  const { campaign } = await supervisedQueue(context.em, context.viewer, campaignId);
  return quarterHourActivity(context.em, campaign, day ? checkedDay(day) : campaignDay(campaign, now));
}

/** Today's dispositions of the campaign, by option. */
export async function readDispositionsToday(
  context: Pick<DomainContext, 'em' | 'viewer'>,
  campaignId: string,
  now = new Date(),
): Promise<DispositionCount[]> {
  const { campaign } = await supervisedQueue(context.em, context.viewer, campaignId);
  return dispositionsOfDay(context.em, campaign, campaignDay(campaign, now));
}
