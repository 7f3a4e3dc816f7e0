import type { Logger } from 'pino';
import {
  CampaignCountersNotifier,
  type AgentStateStore,
  type CampaignCountersStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import type { WorkersConfig } from '../config.js';
import { consumeTopic as consume } from '../common/consume-topic.js';
import { leadWithLease } from '../common/lease-leadership.js';
import { CampaignCountersProcessor, type CampaignCountersTiming } from './campaign-counters.processor.js';

export interface CampaignCountersWorkerDeps {
  config: WorkersConfig;
  orm: Orm;
  events: EventBus;
  /** Where the counters live (the deployment's Redis prefix, the one the api reads). */
  store: CampaignCountersStore;
  agentStates: AgentStateStore;
  logger: Logger;
  timing?: Partial<CampaignCountersTiming>;
}

export interface CampaignCountersWorker {
  readonly isLeader: boolean;
  active(): CampaignCountersProcessor | undefined;
  close(): Promise<void>;
}

/**
 * workers/campaign-counters: any number may run; the holder of `lease:campaign-counters` keeps
 * the counters. Listening starts before the rebuild from the log, so nothing published during
 * it is missed (counting is idempotent: what both see counts once).
 */
export function startCampaignCountersWorker(deps: CampaignCountersWorkerDeps): CampaignCountersWorker {
  const { config, events } = deps;
  const log = deps.logger.child({ worker: 'campaign-counters', workerId: config.WORKER_ID });
  const notifier = new CampaignCountersNotifier(events);
  let stops: (() => Promise<void>)[] = [];
  const leadership = leadWithLease({
    config,
    name: 'campaign-counters',
    logger: log,
    create: () =>
      new CampaignCountersProcessor({
        orm: deps.orm,
        store: deps.store,
        agentStates: deps.agentStates,
        notifier,
        logger: log,
        timing: deps.timing,
      }),
    run: async (processor) => {
      stops = [
        consume(events, 'call.event', (data) => processor.onCallEvent(data), log),
        consume(events, 'disposition.recorded', (data) => processor.onDisposition(data), log),
        consume(events, 'agent.state_changed', (data) => processor.onAgentState(data), log),
      ];
      await processor.start();
      log.info('leading: keeping campaign counters');
    },
    stop: async (processor) => {
      await Promise.all(stops.splice(0).map((stop) => stop()));
      await processor.stop();
    },
  });
  return {
    get isLeader() {
      return leadership.isLeader;
    },
    active: () => leadership.active(),
    close: () => leadership.close(),
  };
}
