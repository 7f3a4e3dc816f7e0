import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { reachedAgentIds } from '../agents/agent-reach.js';
import { visibleCampaignIds } from '../logs/log-scope.js';
import { InCallErrors } from './in-call.errors.js';
import type { RecordingTag } from './recording-tag.entity.js';

/**
 * Tags the viewer may read. Supervisors and call-log readers: the tags of their campaigns'
 * calls, and of calls without a campaign made by agents they reach; agents: their own tags.
 * A call id alone proves nothing: ids travel in logs, URLs and CRM records.
 */
export async function recordingTagScope(em: EntityManager, viewer: Viewer): Promise<FilterQuery<RecordingTag>> {
  if (viewer.can(Permission.SUPERVISION) || viewer.can(Permission.CALL_LOG_READ)) {
    const campaignIds = await visibleCampaignIds(em, viewer);
    if (campaignIds === null) return {};
    const agentIds = (await reachedAgentIds(em, viewer)) ?? [];
    return { $or: [{ campaignId: { $in: campaignIds } }, { campaignId: null, agentId: { $in: agentIds } }] };
  }
  viewer.require(Permission.AGENT_CONSOLE);
  if (!viewer.agentId) throw InCallErrors.create('NOT_AN_AGENT', 'Only agents tag calls');
  return { agentId: viewer.agentId };
}
