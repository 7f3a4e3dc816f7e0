import type { Logger } from 'pino';
import {
  applyDispositionRetry,
  sweepDispositionRetries,
  syncGlobalCallbacks,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import type { WorkersConfig } from '../config.js';
import { leadWithLease } from '../common/lease-leadership.js';

export interface RetriesWorkerDeps {
  config: WorkersConfig;
  orm: Orm;
  events: EventBus;
  logger: Logger;
}

export interface RetriesWorker {
  readonly isLeader: boolean;
  /** Runs a full sweep now (and waits for it): what the timer does every RETRIES_SWEEP_MS. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

interface Active {
  timer: NodeJS.Timeout | undefined;
  stopListening: () => void;
  /** Work runs one piece at a time: a sweep and an event never interleave their writes. */
  chain: Promise<void>;
  stopped: boolean;
}

/**
 * workers/retries: while it holds the `retries` lease, applies the retry rules attached to
 * disposition options and puts global callbacks back into the dialer. Everything it decides is
 * in dialer_contacts (and its watermark in dialer_watermarks), and every step is re-derived
 * from the tables, so a restart of the worker or of Redis loses nothing: the first sweep
 * catches up. The rules live in schema/src/dialer/dialer-schedule.service.ts.
 */
export function startRetriesWorker(deps: RetriesWorkerDeps): RetriesWorker {
  const { config, orm } = deps;
  const log = deps.logger.child({ worker: 'retries', workerId: config.WORKER_ID });

  const enqueue = (active: Active, label: string, work: () => Promise<unknown>) => {
    active.chain = active.chain.then(async () => {
      if (active.stopped) return;
      try {
        const result = await work();
        log.debug({ result }, label);
      } catch (error) {
        log.error({ err: error }, `${label} failed`);
      }
    });
    return active.chain;
  };

  const sweep = (active: Active) =>
    enqueue(active, 'sweep', async () => ({
      dispositions: await sweepDispositionRetries(orm.em.fork()),
      callbacks: await syncGlobalCallbacks(orm.em.fork()),
    }));

  const leadership = leadWithLease<Active>({
    config,
    name: 'retries',
    logger: log,
    create: () => ({ timer: undefined, stopListening: () => undefined, chain: Promise.resolve(), stopped: false }),
    run: async (active) => {
      active.stopListening = listen(deps.events, (dispositionId) => {
        // A disposition may also have scheduled (or replaced) a global callback.
        void enqueue(active, 'disposition', async () => ({
          retry: await applyDispositionRetry(orm.em.fork(), dispositionId),
          callbacks: await syncGlobalCallbacks(orm.em.fork()),
        }));
      });
      const tick = () => {
        void sweep(active).finally(() => {
          if (!active.stopped) active.timer = setTimeout(tick, config.RETRIES_SWEEP_MS);
        });
      };
      tick();
      log.info({ sweepMs: config.RETRIES_SWEEP_MS }, 'leading: scheduling retries and callbacks');
    },
    stop: async (active) => {
      active.stopped = true;
      clearTimeout(active.timer);
      active.stopListening();
      await active.chain;
    },
  });

  return {
    get isLeader() {
      return leadership.isLeader;
    },
    async sweep() {
      const active = leadership.active();
      if (active) await sweep(active);
    },
    close: () => leadership.close(),
  };
}

function listen(events: EventBus, onDisposition: (dispositionId: string) => void): () => void {
  const iterator = events.subscribe('disposition.recorded')[Symbol.asyncIterator]();
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const { done, value } = await iterator.next();
      if (done) return;
      onDisposition(value.data.dispositionId);
    }
  })();
  return () => {
    stopped = true;
    void iterator.return?.();
  };
}
