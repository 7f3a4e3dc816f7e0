import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CallEventType, recordCallEvent, type Orm } from '@switchboard/schema';
import {
  CLOSED_AFTER_RESYNC,
  TERMINAL_KINDS,
  type CallEventKind,
  type NormalizedCallEvent,
} from '@switchboard/telephony';
import type { CallEventNotifier } from './call-event.notifier.js';
import type { CallEventMetrics } from './call-event.metrics.js';

// The normalizer names event types without importing the schema; this fails to compile if
// it ever produces a type the log does not have.
const asLogType = (kind: CallEventKind): CallEventType => CallEventType[kind];

const TERMINAL_TYPES = [...TERMINAL_KINDS];

/** A call in the log with events but no end, and the Asterisk linkedid it was logged with. */
export interface OpenLoggedCall {
  callId: string;
  linkedid: string | null;
  campaignId: string | null;
}

/** Calls logged since `since` that have no terminal event yet. */
export async function openCallsInLog(em: EntityManager, since: Date): Promise<OpenLoggedCall[]> {
  const rows: { call_id: string; linkedid: string | null; campaign_id: string | null }[] = await em
    .getConnection()
    .execute(
      `select call_id, max(data->>'linkedid') as linkedid, max(campaign_id::text) as campaign_id
         from call_events where occurred_at >= ? group by call_id
       having bool_and(type::text <> all(?::text[]))`,
      [since, `{${TERMINAL_TYPES.join(',')}}`],
    );
  return rows.map((row) => ({ callId: row.call_id, linkedid: row.linkedid, campaignId: row.campaign_id }));
}

async function isOpenInLog(em: EntityManager, callId: string): Promise<boolean> {
  const [row]: { open: boolean }[] = await em
    .getConnection()
    .execute(
      `select count(*) > 0 and bool_and(type::text <> all(?::text[])) as open from call_events where call_id = ?`,
      [`{${TERMINAL_TYPES.join(',')}}`, callId],
    );
  return Boolean(row?.open);
}

/**
 * Writes normalized events to the call-event log (idempotent by eventKey) and publishes those
 * that were new. A closing event after a resync is written only for a call that the log shows
 * open: a call adopted after a reconnect may never have been logged at all.
 */
export class CallEventWriter {
  constructor(
    private readonly orm: Orm,
    private readonly notifier: CallEventNotifier,
    private readonly logger: Logger,
    private readonly metrics?: CallEventMetrics,
  ) {}

  async write(event: NormalizedCallEvent): Promise<boolean> {
    const em = this.orm.em.fork();
    const log = this.logger.child({ callId: event.callId, campaignId: event.campaignId, agentId: event.agentId });
    if (event.data['reason'] === CLOSED_AFTER_RESYNC && !(await isOpenInLog(em, event.callId))) {
      log.debug({ eventKey: event.eventKey }, 'call not open in the log; nothing to close');
      return false;
    }
    const written = await recordCallEvent(em, { ...event, type: asLogType(event.type) });
    if (written) {
      this.metrics?.logged(event);
      log.info({ type: event.type, eventKey: event.eventKey, data: event.data }, 'call event');
      this.notifier.published(event);
    } else log.debug({ eventKey: event.eventKey }, 'call event already logged');
    return written;
  }
}
