import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { EventBus, Orm } from '@switchboard/schema';
import { AmiClient, type AmiClientOptions } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { leadWithLease } from '../common/lease-leadership.js';
import { CallEventNotifier } from './call-event.notifier.js';
import { CallEventWriter } from './call-event.writer.js';
import { CallEventsProcessor } from './call-events.processor.js';
import { CallEventMetrics } from './call-event.metrics.js';

export interface CallEventsWorkerDeps {
  config: WorkersConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  logger: Logger;
  /** The process's metrics registry: call-event lag and writes are reported on it. */
  metrics?: Registry;
}

export interface CallEventsWorker {
  /** Whether this process holds the lease (and so is the one writing the log). */
  readonly isLeader: boolean;
  /** The AMI client and processor while leading (tests replay events and kill sockets here). */
  active(): { ami: AmiClient; processor: CallEventsProcessor } | undefined;
  close(): Promise<void>;
}

/**
 * workers/call-events: any number may run; the one holding the `lease:call-events` lease
 * connects to AMI and writes the log, the others wait to take over. AMI is connected only
 * while leading, so a standby costs Asterisk nothing.
 */
export function startCallEventsWorker(deps: CallEventsWorkerDeps): CallEventsWorker {
  const { config, logger } = deps;
  const log = logger.child({ worker: 'call-events', workerId: config.WORKER_ID });
  const notifier = new CallEventNotifier(deps.events);
  const writer = new CallEventWriter(
    deps.orm,
    notifier,
    log,
    deps.metrics ? new CallEventMetrics(deps.metrics) : undefined,
  );
  return leadWithLease({
    config,
    name: 'call-events',
    logger: log,
    create: () => {
      const ami = new AmiClient({ ...deps.amiOptions, logger: log });
      const processor = new CallEventsProcessor({
        ami,
        orm: deps.orm,
        writer,
        notifier,
        logger: log,
        resyncWindowHours: config.CALL_EVENTS_RESYNC_WINDOW_HOURS,
      });
      return { ami, processor };
    },
    run: async ({ ami, processor }) => {
      // Listening first: every login, the first included, starts with a resync.
      await processor.start();
      // Not awaited: while Asterisk is down the client keeps retrying, and a lease flip or a
      // shutdown must not wait for it.
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      log.info('leading: processing AMI events');
    },
    stop: async ({ ami, processor }) => {
      await processor.stop();
      await ami.close();
    },
  });
}
