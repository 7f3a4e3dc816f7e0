import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../common/list-query.js';
import type { DomainContext } from '../common/domain-context.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { CallEvent, type CallEventType } from './call-event.entity.js';
import type { CallEventFilter } from './log.inputs.js';
import { LOG_READ, occurredBetween, visibleCampaignIds } from './log-scope.js';

/** What a producer (dialer, call-events worker) knows about one event. */
export interface CallEventRecord {
  /** Producer-side id: the same event delivered twice must carry the same key. */
  eventKey: string;
  callId: string;
  type: CallEventType;
  occurredAt: Date;
  campaignId?: string | null;
  agentId?: string | null;
  contactId?: string | null;
  phone?: string | null;
  waitSeconds?: number | null;
  durationSeconds?: number | null;
  recording?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends an event unless one with the same eventKey exists, so replays after a crash or a
 * redelivery are harmless. Returns whether a row was written.
 */
export async function recordCallEvent(em: EntityManager, event: CallEventRecord): Promise<boolean> {
  const result = await em
    .createQueryBuilder(CallEvent)
    .insert({
      eventKey: event.eventKey,
      callId: event.callId,
      type: event.type,
      occurredAt: event.occurredAt,
      campaignId: event.campaignId ?? null,
      agentId: event.agentId ?? null,
      contactId: event.contactId ?? null,
      phone: event.phone ?? null,
      waitSeconds: event.waitSeconds ?? null,
      durationSeconds: event.durationSeconds ?? null,
      recording: event.recording ?? null,
      data: event.data ?? {},
    })
    .onConflict('eventKey')
    .ignore()
    .execute('run');
  return result.affectedRows > 0;
}

function callEventWhere(filter: CallEventFilter): FilterQuery<CallEvent>[] {
  const where: FilterQuery<CallEvent>[] = [occurredBetween<CallEvent>(filter.from, filter.to)];
  if (filter.callId) where.push({ callId: filter.callId });
  if (filter.campaignId) where.push({ campaignId: filter.campaignId });
  if (filter.agentId) where.push({ agentId: filter.agentId });
  if (filter.types) where.push({ type: { $in: filter.types } });
  return where;
}

/** The call-event log, oldest first; without CAMPAIGNS_ALL, only the viewer's campaigns. */
export async function listCallEvents(
  context: DomainContext,
  filter: CallEventFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CallEvent>> {
  context.viewer.requireAny(...LOG_READ);
  const where = filter ? callEventWhere(filter) : [];
  const campaignIds = await visibleCampaignIds(context.em, context.viewer);
  if (campaignIds !== null) where.push({ campaignId: { $in: campaignIds } });
  return listPage(context.em, CallEvent, { $and: where }, page, { orderBy: { occurredAt: 'asc', id: 'asc' } });
}
