import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import type { Campaign } from './campaign.entity.js';

/**
 * Campaigns a viewer may see: every one with CAMPAIGNS_ALL; otherwise those it supervises
 * or works in as an agent. Templates are visible to whoever may manage campaigns.
 */
export function campaignScope(viewer: Viewer): FilterQuery<Campaign> {
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return {};
  const assigned: FilterQuery<Campaign>[] = [{ supervisors: { id: viewer.userId } }];
  if (viewer.agentId) assigned.push({ agents: { agent: { id: viewer.agentId } } });
  if (viewer.can(Permission.CAMPAIGNS_MANAGE)) assigned.push({ isTemplate: true });
  return { $or: assigned };
}
