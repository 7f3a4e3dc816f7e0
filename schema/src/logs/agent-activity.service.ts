import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../common/list-query.js';
import type { DomainContext } from '../common/domain-context.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { AgentActivity, type AgentActivityType } from './agent-activity.entity.js';
import type { AgentActivityFilter } from './log.inputs.js';
import { LOG_READ, occurredBetween } from './log-scope.js';
import { reachedAgentIds } from '../agents/agent-reach.js';

export interface AgentActivityRecord {
  agentId: string;
  type: AgentActivityType;
  occurredAt: Date;
  /** Pause id, or ACW / SUPERVISOR for system pauses; only with PAUSE and UNPAUSE. */
  pauseId?: string | null;
}

/** Appends one row of the agent-activity log; returns its id. */
export async function recordAgentActivity(em: EntityManager, activity: AgentActivityRecord): Promise<string> {
  const id = await em.insert(AgentActivity, {
    agentId: activity.agentId,
    type: activity.type,
    occurredAt: activity.occurredAt,
    pauseId: activity.pauseId ?? null,
  });
  return String(id);
}

function agentActivityWhere(filter: AgentActivityFilter): FilterQuery<AgentActivity>[] {
  const where: FilterQuery<AgentActivity>[] = [occurredBetween<AgentActivity>(filter.from, filter.to)];
  if (filter.agentId) where.push({ agentId: filter.agentId });
  if (filter.types) where.push({ type: { $in: filter.types } });
  return where;
}

/** The agent-activity log, oldest first; without CAMPAIGNS_ALL, only the agents the viewer reaches. */
export async function listAgentActivities(
  context: DomainContext,
  filter: AgentActivityFilter | null | undefined,
  page: PageArgs,
): Promise<Page<AgentActivity>> {
  context.viewer.requireAny(...LOG_READ);
  const where = filter ? agentActivityWhere(filter) : [];
  const agentIds = await reachedAgentIds(context.em, context.viewer);
  if (agentIds !== null) where.push({ agentId: { $in: agentIds } });
  return listPage(context.em, AgentActivity, { $and: where }, page, { orderBy: { occurredAt: 'asc', id: 'asc' } });
}
