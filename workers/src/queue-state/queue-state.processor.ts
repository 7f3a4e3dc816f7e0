import type { Logger } from 'pino';
import {
  QUEUE_EVENTS,
  applyQueueEvent,
  campaignOfQueue,
  emptyQueueState,
  inboundCampaigns,
  inboundQueueStatsOf,
  loggedInAgentStates,
  queueStateFromListing,
  sameQueueState,
  type AgentLiveStateData,
  type AgentStateStore,
  type CallerIds,
  type EventTopics,
  type InboundCampaign,
  type InboundQueueNotifier,
  type InboundQueueStore,
  type ListedCaller,
  type Orm,
  type QueueAmiEvent,
  type QueueLiveState,
} from '@switchboard/schema';
import {
  eventCallVariables,
  getVar,
  type AmiClient,
  type AmiEventBase,
  type QueueSnapshot,
} from '@switchboard/telephony';
import { AmiEventProcessor } from '../common/ami-event-processor.js';
import { listQueuesPatiently } from '../common/queue-listing.js';

export interface QueueStateTiming {
  /** Changed queues are published at most once per this interval each (debounce). */
  publishIntervalMs: number;
  /** How often Redis is checked for a lost state (flush, restart), which a resync rebuilds. */
  rebuildCheckMs: number;
  /** Campaign settings (time zone, service level) are re-read this often. */
  campaignRefreshMs: number;
}

export const DEFAULT_QUEUE_STATE_TIMING: QueueStateTiming = {
  publishIntervalMs: 250,
  rebuildCheckMs: 1000,
  campaignRefreshMs: 60_000,
};

export interface QueueStateProcessorOptions {
  ami: AmiClient;
  orm: Orm;
  store: InboundQueueStore;
  agentStates: AgentStateStore;
  notifier: InboundQueueNotifier;
  logger: Logger;
  timing?: Partial<QueueStateTiming>;
}

/** One queue event of a campaign queue, read synchronously from the AMI event. */
interface QueueItem {
  campaignId: string;
  queue: string;
  event: QueueAmiEvent;
  at: Date;
  ids: CallerIds;
}

/** Call-log events that change a campaign's inbound counters. */
const COUNTED_TYPES = new Set([
  'ENTERQUEUE',
  'CONNECT',
  'ABANDON',
  'ABANDONWEL',
  'EXITWITHTIMEOUT',
  'COMPLETEAGENT',
  'COMPLETEOUTNUM',
]);

const eventTime = (event: AmiEventBase): Date => {
  const seconds = Number(event.timestamp);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(Math.round(seconds * 1000)) : new Date();
};

/**
 * workers/queue-state's leader: AMI queue events -> the pure reducer (schema's inbound-queue)
 * -> Redis, one writer. On every AMI login (first, reconnect, Asterisk restart) and whenever
 * Redis lost the state, the state is rebuilt from Asterisk's own QueueStatus. Queue changes,
 * counted call events and agent states mark a campaign; marked campaigns are published on a
 * timer, so a burst is one event per queue per interval.
 */
export class QueueStateProcessor extends AmiEventProcessor<QueueItem> {
  private readonly timing: QueueStateTiming;
  private readonly states = new Map<string, QueueLiveState>();
  private readonly dirty = new Set<string>();
  private readonly campaigns = new Map<string, { campaign: InboundCampaign | null; loadedAt: number }>();
  /** Campaigns each agent counted in last, so an agent leaving a campaign updates it too. */
  private readonly agentCampaigns = new Map<string, string[]>();
  private readonly timers: NodeJS.Timeout[] = [];
  private resyncing: Promise<void> | null = null;
  /** A resync was asked for while one ran (a reconnect mid-listing), or the last listing failed. */
  private resyncAgain = false;
  private failedListing = false;
  private publishing: Promise<void> = Promise.resolve();

  constructor(private readonly options: QueueStateProcessorOptions) {
    super(options.ami, options.logger, 'queue-state');
    this.timing = { ...DEFAULT_QUEUE_STATE_TIMING, ...options.timing };
  }

  override async start(): Promise<void> {
    await super.start();
    this.timers.push(
      setInterval(() => {
        this.publishing = this.publishing.then(() => this.publishDirty());
      }, this.timing.publishIntervalMs),
      setInterval(() => void this.checkRedis(), this.timing.rebuildCheckMs),
    );
  }

  override async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await super.stop();
    await this.resyncing;
    await this.publishing;
  }

  /** The queue states this process holds (tests, diagnostics). */
  queueState(campaignId: string): QueueLiveState | undefined {
    return this.states.get(campaignId);
  }

  protected itemsOf(event: AmiEventBase): QueueItem[] {
    if (!QUEUE_EVENTS.has(event.event)) return [];
    const queue = String(event['queue'] ?? '');
    const campaignId = campaignOfQueue(queue);
    if (!campaignId) return [];
    const variables = eventCallVariables(event);
    return [
      {
        campaignId,
        queue,
        event: event as QueueAmiEvent,
        at: eventTime(event),
        ids: { callId: variables.SB_CALL_ID, phone: variables.SB_PHONE },
      },
    ];
  }

  protected async applyAll(items: QueueItem[]): Promise<void> {
    for (const item of items) {
      const current = this.states.get(item.campaignId) ?? emptyQueueState(item.queue, item.campaignId);
      const next = applyQueueEvent(current, item.event, item.at, item.ids);
      if (sameQueueState(current, next)) continue;
      this.states.set(item.campaignId, next);
      await this.options.store.write(next);
      this.dirty.add(item.campaignId);
    }
  }

  /** Rebuilds every campaign queue from QueueStatus; runs in the event chain, so events keep their order around it. */
  override resync(): Promise<void> {
    if (this.resyncing) {
      this.resyncAgain = true;
      return this.resyncing;
    }
    this.resyncAgain = false;
    this.resyncing = this.rebuild().finally(() => {
      this.resyncing = null;
      if (this.resyncAgain && this.options.ami.connected) void this.resync();
    });
    return this.resyncing;
  }

  private rebuild(): Promise<void> {
    const { ami, logger } = this.options;
    const listing = listQueuesPatiently(ami);
    listing.catch(() => undefined);
    return this.enqueue(async () => {
      let queues: QueueSnapshot[];
      try {
        queues = await listing;
      } catch (error) {
        // Kept as it was until the Redis check's next round tries again.
        logger.warn({ err: error }, 'could not list the queues: state not rebuilt');
        this.failedListing = true;
        return;
      }
      this.failedListing = false;
      const at = new Date();
      const rebuilt: QueueLiveState[] = [];
      for (const queue of queues) {
        const campaignId = campaignOfQueue(queue.queue);
        if (!campaignId) continue;
        const waiting = await Promise.all(queue.entries.map((entry) => this.listedCaller(entry)));
        const members = queue.members as unknown as QueueAmiEvent[];
        rebuilt.push(
          queueStateFromListing({ queue: queue.queue, members, waiting }, campaignId, at, this.states.get(campaignId)),
        );
      }
      const before = new Set(this.states.keys());
      this.states.clear();
      for (const state of rebuilt) this.states.set(state.campaignId, state);
      await this.options.store.replaceAll(rebuilt, at);
      for (const campaignId of [...before, ...this.states.keys()]) this.dirty.add(campaignId);
      logger.info(
        { queues: rebuilt.length, waiting: rebuilt.reduce((sum, state) => sum + state.waiting.length, 0) },
        'queue state rebuilt from QueueStatus',
      );
    });
  }

  /** A listed caller with its platform ids, read from its channel (QueueEntry carries no variables). */
  private async listedCaller(entry: QueueSnapshot['entries'][number]): Promise<ListedCaller> {
    const read = (variable: string) => getVar(this.options.ami, { channel: entry.channel, variable }).catch(() => '');
    const [callId, phone] = await Promise.all([read('SB_CALL_ID'), read('SB_PHONE')]);
    return {
      uniqueid: entry.uniqueid,
      position: Number(entry.position) || 0,
      waitSeconds: Number(entry.wait) || 0,
      callId: callId || null,
      phone: phone || String(entry['calleridnum'] ?? '') || null,
    };
  }

  /** A Redis that lost the state (flush, restart) gets it back from Asterisk. */
  private async checkRedis(): Promise<void> {
    if (!this.options.ami.connected || this.resyncing) return;
    try {
      if (this.failedListing) {
        await this.resync();
        return;
      }
      if ((await this.options.store.syncedAt()) !== null) return;
      this.options.logger.warn('queue state lost from Redis: rebuilding from QueueStatus');
      await this.resync();
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not check the queue state in Redis');
    }
  }

  onCallEvent(event: EventTopics['call.event']): void {
    if (event.campaignId && COUNTED_TYPES.has(event.type)) this.dirty.add(event.campaignId);
  }

  onAgentState(event: EventTopics['agent.state_changed']): void {
    const { agentId, campaignIds } = event.state;
    for (const campaignId of new Set([...(this.agentCampaigns.get(agentId) ?? []), ...campaignIds])) {
      this.dirty.add(campaignId);
    }
    this.agentCampaigns.set(agentId, campaignIds);
  }

  private async campaign(campaignId: string): Promise<InboundCampaign | null> {
    const known = this.campaigns.get(campaignId);
    if (known && Date.now() - known.loadedAt < this.timing.campaignRefreshMs) return known.campaign;
    const campaign = (await inboundCampaigns(this.options.orm.em.fork(), [campaignId])).get(campaignId) ?? null;
    this.campaigns.set(campaignId, { campaign, loadedAt: Date.now() });
    return campaign;
  }

  /** One round: every marked campaign's stats, read once and published once. */
  async publishDirty(): Promise<void> {
    if (this.dirty.size === 0) return;
    const campaignIds = [...this.dirty];
    this.dirty.clear();
    const deps = { queues: this.options.store, agentStates: this.options.agentStates };
    let agents: AgentLiveStateData[] | undefined;
    for (const campaignId of campaignIds) {
      try {
        const campaign = await this.campaign(campaignId);
        if (!campaign) continue;
        agents ??= await loggedInAgentStates(this.options.agentStates);
        const em = this.options.orm.em.fork();
        this.options.notifier.changed(await inboundQueueStatsOf(em, deps, campaign, new Date(), agents));
      } catch (error) {
        this.options.logger.error({ err: error, campaignId }, 'could not publish queue stats');
        this.dirty.add(campaignId);
      }
    }
  }
}
