import {
  AgentProfile,
  Campaign,
  CallEvent,
  Permission,
  campaignScope,
  notFound,
  type DomainContext,
} from '@switchboard/schema';

/**
 * Who may download a recording, decided from the call-event log (which names the recording's
 * campaign and agent) rather than from its path, whose pattern is configurable:
 * - CALL_LOG_READ and the call's campaign within the viewer's campaigns;
 * - or the call's own agent, when its agent group has recordings access.
 * Anything else looks like a missing file, so that a path tells nothing about other calls.
 */
export async function assertRecordingAccess(context: DomainContext, recording: string): Promise<void> {
  const { em, viewer } = context;
  const events = await em.find(CallEvent, { recording }, { fields: ['campaignId', 'agentId'], limit: 100 });
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
