import type { Logger } from 'pino';
import {
  AgentSessionService,
  PreviewService,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { AmiAgentTelephony, AmiClient, type AmiClientOptions } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { leadWithLease } from '../common/lease-leadership.js';
import { AgentDirectoryCache } from './agent-directory.cache.js';
import { AgentQueueReconciler } from './agent-queue.reconciler.js';
import { AgentStatesProcessor } from './agent-states.processor.js';

export interface AgentStatesWorkerDeps {
  config: WorkersConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  store: AgentStateStore;
  logger: Logger;
}

export interface AgentStatesWorker {
  readonly isLeader: boolean;
  active(): { ami: AmiClient; processor: AgentStatesProcessor; sessions: AgentSessionService } | undefined;
  close(): Promise<void>;
}

/** Campaign changes arrive in bursts (an edit touches several rows): one reconcile per burst. */
const RECONCILE_DEBOUNCE_MS = 300;
/** Reservations last minutes: a few seconds late is fine. */
const PREVIEW_SWEEP_MS = 5_000;

/**
 * workers/agent-states: while it holds the `agent-states` lease, follows agents' phones over
 * AMI (ringing, connected, ended, registered), ends ACW when it is due, keeps queue
 * membership in line with campaigns, and releases expired preview reservations. Standbys take over within the lease TTL.
 */
export function startAgentStatesWorker(deps: AgentStatesWorkerDeps): AgentStatesWorker {
  const { config, logger } = deps;
  const log = logger.child({ worker: 'agent-states', workerId: config.WORKER_ID });
  return leadWithLease({
    config,
    name: 'agent-states',
    logger: log,
    create: () => {
      const ami = new AmiClient({ ...deps.amiOptions, logger: log });
      const telephony = new AmiAgentTelephony(ami);
      const sessions = new AgentSessionService({ store: deps.store, telephony, events: deps.events, logger: log });
      const phoneRegistered = (phone: { sipExtension: number }) =>
        telephony.phoneRegistered({ agentId: '', displayName: '', sipExtension: phone.sipExtension });
      const shared = { ami, orm: deps.orm, sessions, store: deps.store, logger: log, phoneRegistered };
      const reconciler = new AgentQueueReconciler(shared);
      const processor = new AgentStatesProcessor({
        ...shared,
        directory: new AgentDirectoryCache(deps.orm),
        reconciler,
      });
      const preview = new PreviewService({ store: deps.store, events: deps.events, logger: log });
      return { ami, processor, sessions, preview, timers: [] as NodeJS.Timeout[], stopListening: [] as (() => void)[] };
    },
    run: async (active) => {
      const { ami, processor, sessions, preview } = active;
      await processor.start();
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      active.timers.push(
        setInterval(() => {
          sessions.releaseDueAutoUnpauses(deps.orm.em.fork()).catch((error: unknown) => {
            log.warn({ err: error }, 'auto-unpause sweep failed');
          });
        }, config.AGENT_STATES_SWEEP_MS),
      );
      // Preview reservations past their disconnection time, and contacts held by agents who left.
      active.timers.push(
        setInterval(() => {
          preview.releaseExpired(deps.orm.em.fork()).catch((error: unknown) => {
            log.warn({ err: error }, 'preview release sweep failed');
          });
        }, PREVIEW_SWEEP_MS),
      );
      active.stopListening.push(listenForCampaignChanges(deps.events, () => void processor.reconcileQueues()));
      log.info('leading: following agents');
    },
    stop: async (active) => {
      for (const timer of active.timers.splice(0)) clearInterval(timer);
      for (const stop of active.stopListening.splice(0)) stop();
      await active.processor.stop();
      await active.ami.close();
    },
  });
}

function listenForCampaignChanges(events: EventBus, reconcile: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(reconcile, RECONCILE_DEBOUNCE_MS);
  };
  const iterators = [events.subscribe('campaign.updated'), events.subscribe('campaign.state_changed')].map((source) =>
    source[Symbol.asyncIterator](),
  );
  for (const iterator of iterators) {
    void (async () => {
      while (!stopped) {
        const { done } = await iterator.next();
        if (done) return;
        schedule();
      }
    })();
  }
  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const iterator of iterators) void iterator.return?.();
  };
}
