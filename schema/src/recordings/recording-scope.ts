import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { CallEvent } from '../logs/call-event.entity.js';

/** Events read per recording: a call names its recording on a handful of rows. */
const EVENTS_PER_RECORDING = 100;

/**
 * THE rule of who may reach a call recording (GET /recordings/<path> asks it), decided from the
 * call-event log, which names the recording's campaign and agent, rather than from its path,
 * whose pattern is configurable:
 * - CALL_LOG_READ and the call's campaign within the viewer's campaigns (campaignScope; every
 *   campaign with CAMPAIGNS_ALL, which also reaches calls of no campaign);
 * - or the call's own agent, when its agent group has recordings access.
 * Anything else is NOT_FOUND, like a missing file, so that a path tells nothing about other calls.
 */
export async function assertRecordingAccess(context: DomainContext, recording: string): Promise<void> {
  const { em, viewer } = context;
  const events = await em.find(
    CallEvent,
    { recording },
    { fields: ['campaignId', 'agentId'], limit: EVENTS_PER_RECORDING, disableIdentityMap: true },
  );
  const denied = notFound('Recording', recording);
  if (events.length === 0) throw denied;
  if (viewer.can(Permission.CALL_LOG_READ)) {
    if (viewer.can(Permission.CAMPAIGNS_ALL)) return;
    const campaignIds = [...new Set(events.flatMap((event) => event.campaignId ?? []))];
    if (campaignIds.length > 0) {
      const visible = await em.count(Campaign, { $and: [{ id: { $in: campaignIds } }, campaignScope(viewer)] });
      if (visible > 0) return;
    }
  }
  if (viewer.agentId && events.some((event) => event.agentId === viewer.agentId)) {
    const profile = await em.findOne(AgentProfile, { id: viewer.agentId }, { populate: ['group'] });
    if (profile?.group.allowRecordingsAccess) return;
  }
  throw denied;
}
