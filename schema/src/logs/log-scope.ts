import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { LogErrors } from './log.errors.js';

/** Who may read the logs: call-log readers, and report readers (reports are built from them). */
export const LOG_READ = [Permission.CALL_LOG_READ, Permission.REPORTS_READ];

/** Ids of the campaigns whose logs the viewer may read; null means every campaign. */
export async function visibleCampaignIds(em: EntityManager, viewer: Viewer): Promise<string[] | null> {
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return null;
  const campaigns = await em.find(Campaign, campaignScope(viewer));
  return campaigns.map((campaign) => campaign.id);
}

/** occurredAt in [from, to); an empty or inverted range is a mistake worth reporting. */
export function occurredBetween<T extends { occurredAt: Date }>(
  from: Date | null | undefined,
  to: Date | null | undefined,
): FilterQuery<T> {
  if (from && to && from.getTime() >= to.getTime()) {
    throw LogErrors.create('INVALID_RANGE', 'to: must be later than from', { field: 'to' });
  }
  return {
    ...(from || to ? { occurredAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {}),
  } as FilterQuery<T>;
}
