import type { Logger } from 'pino';
import type { Orm } from '@switchboard/schema';
import {
  CLOSED_AFTER_RESYNC,
  CallTracker,
  coreShowChannels,
  summarizeLiveState,
  type AmiClient,
  type AmiEventBase,
  type NormalizedCallEvent,
  type QueueSnapshot,
} from '@switchboard/telephony';
import { AmiEventProcessor } from '../common/ami-event-processor.js';
import { listQueuesPatiently } from '../common/queue-listing.js';
import { retryThroughOutage } from '../common/database-retry.js';
import type { CallEventNotifier } from './call-event.notifier.js';
import { openCallsInLog, type CallEventWriter } from './call-event.writer.js';

export interface CallEventsProcessorOptions {
  ami: AmiClient;
  orm: Orm;
  writer: CallEventWriter;
  /** Publishes `telephony.resynced`; without one (replay tools, tests) the resync still closes calls. */
  notifier?: CallEventNotifier;
  logger: Logger;
  /** Open calls logged this recently are checked against Asterisk on every (re)connect. */
  resyncWindowHours: number;
  now?: () => number;
}

/**
 * AMI events -> CallTracker -> call-event log. The tracker sees events synchronously, in the
 * order Asterisk sent them; writes go through one promise chain so the log gets them in that
 * order too. On every login (the first and each reconnect) it resyncs with Asterisk's channels.
 */
export class CallEventsProcessor extends AmiEventProcessor<NormalizedCallEvent> {
  private readonly tracker: CallTracker;

  constructor(private readonly options: CallEventsProcessorOptions) {
    super(options.ami, options.logger, 'call-events');
    this.tracker = new CallTracker(options.now);
  }

  protected itemsOf(event: AmiEventBase): NormalizedCallEvent[] {
    return this.tracker.handle(event);
  }

  protected async applyAll(produced: NormalizedCallEvent[]): Promise<void> {
    await this.writeAll(produced);
  }

  /**
   * Lists Asterisk's channels and closes every call that ended unseen: those the tracker holds
   * (the connection dropped mid-call) and those the log shows open (this process was not
   * running, or another worker held the lease when it died).
   */
  override resync(): Promise<void> {
    const { ami, logger } = this.options;
    const listedAt = this.tracker.mark();
    const listing = coreShowChannels(ami);
    // Awaited in turn below; marked handled now so a quick failure is not an unhandled rejection.
    listing.catch(() => undefined);
    // Queue members are only reported, so a failed listing must not stop calls being closed.
    const queues = listQueuesPatiently(ami).catch((error: unknown): QueueSnapshot[] | null => {
      logger.warn({ err: error }, 'could not list queue members');
      return null;
    });
    return this.enqueue(async () => {
      const live = await listing;
      const closing = this.tracker.resync(live, listedAt);
      const liveCalls = new Set<string>();
      for (const channel of live) liveCalls.add(channel.linkedid);
      for (const call of this.tracker.openCalls()) {
        liveCalls.add(call.linkedid);
        if (call.variables.SB_CALL_ID) liveCalls.add(call.variables.SB_CALL_ID);
      }
      const since = new Date((this.options.now ?? Date.now)() - this.options.resyncWindowHours * 3_600_000);
      const em = this.options.orm.em.fork();
      for (const open of await openCallsInLog(em, since)) {
        if (liveCalls.has(open.callId) || (open.linkedid && liveCalls.has(open.linkedid))) continue;
        if (closing.some((event) => event.callId === open.callId)) continue;
        closing.push(closedInLog(open.callId, open.linkedid, open.campaignId, this.options.now));
      }
      const closed = await this.writeAll(closing);
      const summary = summarizeLiveState(live, await queues);
      logger.info({ ...summary, closedCalls: closed }, 'resynced with Asterisk');
      this.options.notifier?.resynced(summary, closed);
    });
  }

  /** Writes in order; returns how many were new to the log. */
  private async writeAll(events: NormalizedCallEvent[]): Promise<number> {
    let written = 0;
    for (const event of events) {
      try {
        // Idempotent by event key: writing again after a lost connection cannot log it twice.
        const fresh = await retryThroughOutage(() => this.options.writer.write(event), {
          logger: this.options.logger,
          what: `call event ${event.eventKey}`,
        });
        if (fresh) written += 1;
      } catch (error) {
        this.options.logger.error(
          { err: error, callId: event.callId, eventKey: event.eventKey },
          'could not write a call event',
        );
      }
    }
    return written;
  }
}

/** The closing event of a call known only from the log; same key as the tracker would give it. */
function closedInLog(
  callId: string,
  linkedid: string | null,
  campaignId: string | null,
  now: () => number = Date.now,
): NormalizedCallEvent {
  return {
    eventKey: `${linkedid ?? callId}:${CLOSED_AFTER_RESYNC}`,
    callId,
    type: 'FAIL',
    occurredAt: new Date(now()),
    campaignId,
    agentId: null,
    contactId: null,
    phone: null,
    waitSeconds: null,
    durationSeconds: null,
    recording: null,
    data: { linkedid, reason: CLOSED_AFTER_RESYNC, fromLog: true },
  };
}
