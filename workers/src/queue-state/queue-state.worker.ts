import type { Logger } from 'pino';
import {
  InboundQueueNotifier,
  type AgentStateStore,
  type EventBus,
  type InboundQueueStore,
  type Orm,
} from '@switchboard/schema';
import { AmiClient, type AmiClientOptions } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { consumeTopic } from '../common/consume-topic.js';
import { leadWithLease } from '../common/lease-leadership.js';
import { QueueStateProcessor, type QueueStateTiming } from './queue-state.processor.js';

export interface QueueStateWorkerDeps {
  config: WorkersConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  /** Where the queue state lives (the deployment's Redis prefix, the one the api reads). */
  store: InboundQueueStore;
  agentStates: AgentStateStore;
  logger: Logger;
  timing?: Partial<QueueStateTiming>;
}

export interface QueueStateWorker {
  readonly isLeader: boolean;
  active(): { ami: AmiClient; processor: QueueStateProcessor } | undefined;
  close(): Promise<void>;
}

/**
 * workers/queue-state: any number may run; the holder of `lease:queue-state` follows the
 * campaign queues over AMI into Redis and publishes `queue.state_changed`. Listening to the bus
 * starts before the first resync, so counters changed meanwhile are published too.
 */
export function startQueueStateWorker(deps: QueueStateWorkerDeps): QueueStateWorker {
  const { config, events } = deps;
  const log = deps.logger.child({ worker: 'queue-state', workerId: config.WORKER_ID });
  const notifier = new InboundQueueNotifier(events);
  return leadWithLease({
    config,
    name: 'queue-state',
    logger: log,
    create: () => {
      const ami = new AmiClient({ ...deps.amiOptions, logger: log });
      const processor = new QueueStateProcessor({
        ami,
        orm: deps.orm,
        store: deps.store,
        agentStates: deps.agentStates,
        notifier,
        logger: log,
        timing: deps.timing,
      });
      return { ami, processor, stops: [] as (() => Promise<void>)[] };
    },
    run: async (active) => {
      const { ami, processor } = active;
      active.stops.push(
        consumeTopic(events, 'call.event', (data) => processor.onCallEvent(data), log),
        consumeTopic(events, 'agent.state_changed', (data) => processor.onAgentState(data), log),
      );
      // Resyncs on every login, this first one included.
      await processor.start();
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      log.info('leading: following the queues');
    },
    stop: async (active) => {
      await Promise.all(active.stops.splice(0).map((stop) => stop()));
      await active.processor.stop();
      await active.ami.close();
    },
  });
}
