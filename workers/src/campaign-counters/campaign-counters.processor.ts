import type { Logger } from 'pino';
import {
  CampaignState,
  CampaignType,
  abandonTotals30Days,
  callMembershipsFromLog,
  campaignCountersData,
  campaignDay,
  campaignsWithEventsSince,
  countedCampaigns,
  countersOf,
  engagedFromDispositions,
  liveAgentCounts,
  pendingContacts,
  type AgentStateStore,
  type CampaignAgentCounts,
  type CampaignCountersNotifier,
  type CampaignCountersStore,
  type CountedCampaign,
  type EventTopics,
  type Orm,
} from '@switchboard/schema';

export interface CampaignCountersTiming {
  /** How often changed campaigns are published: at most once per campaign per tick. */
  publishIntervalMs: number;
  /** How often each campaign's day is checked for a lost Redis (flush, restart) and rebuilt. */
  rebuildCheckMs: number;
  /** Pending contacts are recounted at most this often per campaign while it is dialing. */
  pendingRefreshMs: number;
  /** The 30-day abandonment rate is recomputed this often per campaign. */
  rateRefreshMs: number;
  /** Campaign settings (time zone, type, database) are re-read this often. */
  campaignRefreshMs: number;
}

export const DEFAULT_TIMING: CampaignCountersTiming = {
  publishIntervalMs: 250,
  rebuildCheckMs: 1000,
  pendingRefreshMs: 5000,
  rateRefreshMs: 60_000,
  campaignRefreshMs: 60_000,
};

export interface CampaignCountersProcessorOptions {
  orm: Orm;
  store: CampaignCountersStore;
  agentStates: AgentStateStore;
  notifier: CampaignCountersNotifier;
  logger: Logger;
  timing?: Partial<CampaignCountersTiming>;
  now?: () => Date;
}

/** What the processor tracks of one campaign. */
interface Tracked {
  campaign: CountedCampaign;
  loadedAt: number;
  /** The day last rebuilt from the log, so a new day (or a lost Redis) is rebuilt. */
  rebuiltDay: string | null;
  pendingAt: number;
  pendingDirty: boolean;
  engagedDirty: boolean;
  rateAt: number;
}

const REBUILD_BATCH = 1000;
/** A starting worker rebuilds the campaigns with events this recently (any zone's "today"). */
const LOOKBACK_MS = 38 * 3_600_000;

/**
 * Live counters: call events, dispositions and agent states in; per campaign-day counters in
 * Redis and `campaign.counters_changed` out. Counting is idempotent (sets of calls per counter,
 * see CampaignCountersStore), so a rebuild from the log can run while live events keep coming:
 * an event both rebuilt and applied live counts once.
 */
export class CampaignCountersProcessor {
  private readonly timing: CampaignCountersTiming;
  private readonly now: () => Date;
  private readonly tracked = new Map<string, Tracked>();
  private readonly loading = new Map<string, Promise<Tracked | undefined>>();
  private readonly rebuilding = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  /** Campaigns each agent counted in last, so leaving a campaign updates it too. */
  private readonly agentCampaigns = new Map<string, string[]>();
  private agentCounts: Map<string, CampaignAgentCounts> | null = null;
  private lastRebuildCheck = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();

  constructor(private readonly options: CampaignCountersProcessorOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.now = options.now ?? (() => new Date());
  }

  /** Rebuilds recent campaigns from the log, then publishes changes on a timer. */
  async start(): Promise<void> {
    const em = this.options.orm.em.fork();
    const since = new Date(this.now().getTime() - LOOKBACK_MS);
    const dialers = await em
      .getConnection()
      .execute<{ id: string }[]>(`select id from campaigns where type = ? and state = ?`, [
        CampaignType.DIALER,
        CampaignState.ACTIVE,
      ]);
    const ids = new Set([...(await campaignsWithEventsSince(em, since)), ...dialers.map((row) => row.id)]);
    await Promise.all([...ids].map((id) => this.ensureRebuilt(id)));
    this.options.logger.info({ campaigns: ids.size }, 'campaign counters rebuilt from the log');
    this.timer = setInterval(() => {
      this.ticking = this.ticking.then(() => this.tick());
    }, this.timing.publishIntervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
    await Promise.allSettled([...this.rebuilding.values()]);
  }

  async onCallEvent(event: EventTopics['call.event']): Promise<void> {
    if (!event.campaignId) return;
    const counters = countersOf(event);
    const tracked = await this.track(event.campaignId);
    if (!tracked) return;
    const day = campaignDay(tracked.campaign, new Date(event.occurredAt));
    if (counters.length > 0) {
      const added = await this.options.store.addCalls(
        tracked.campaign.id,
        day,
        counters.map((counter) => ({ counter, callId: event.callId })),
      );
      if (added > 0) this.dirty.add(tracked.campaign.id);
    }
    tracked.pendingDirty = true;
    void this.ensureRebuilt(tracked.campaign.id);
  }

  async onDisposition(event: EventTopics['disposition.recorded']): Promise<void> {
    const tracked = await this.track(event.campaignId);
    if (tracked) tracked.engagedDirty = true;
  }

  async onAgentState(event: EventTopics['agent.state_changed']): Promise<void> {
    const { agentId, campaignIds } = event.state;
    const touched = new Set([...(this.agentCampaigns.get(agentId) ?? []), ...campaignIds]);
    this.agentCampaigns.set(agentId, campaignIds);
    this.agentCounts = null;
    for (const campaignId of touched) if (await this.track(campaignId)) this.dirty.add(campaignId);
  }

  /** The campaign's settings, loaded once and re-read now and then; undefined if it does not exist. */
  private track(campaignId: string): Promise<Tracked | undefined> {
    const known = this.tracked.get(campaignId);
    if (known && this.now().getTime() - known.loadedAt < this.timing.campaignRefreshMs) return Promise.resolve(known);
    const loading =
      this.loading.get(campaignId) ??
      (async () => {
        try {
          const campaign = (await countedCampaigns(this.options.orm.em.fork(), [campaignId])).get(campaignId);
          if (!campaign) return undefined;
          const tracked: Tracked = known
            ? { ...known, campaign }
            : {
                campaign,
                rebuiltDay: null,
                pendingAt: 0,
                pendingDirty: true,
                engagedDirty: true,
                rateAt: 0,
                loadedAt: 0,
              };
          tracked.loadedAt = this.now().getTime();
          this.tracked.set(campaignId, tracked);
          return tracked;
        } finally {
          this.loading.delete(campaignId);
        }
      })();
    this.loading.set(campaignId, loading);
    return loading;
  }

  /** Rebuilds today's counters from the log unless this process already did and Redis still has them. */
  private async ensureRebuilt(campaignId: string): Promise<void> {
    const tracked = await this.track(campaignId);
    if (!tracked) return;
    const day = campaignDay(tracked.campaign, this.now());
    if (tracked.rebuiltDay === day) return;
    const key = `${campaignId}:${day}`;
    const running =
      this.rebuilding.get(key) ??
      this.rebuild(tracked, day).finally(() => {
        this.rebuilding.delete(key);
      });
    this.rebuilding.set(key, running);
    await running;
  }

  private async rebuild(tracked: Tracked, day: string): Promise<void> {
    const { campaign } = tracked;
    const log = this.options.logger.child({ campaignId: campaign.id, day });
    try {
      const em = this.options.orm.em.fork();
      const memberships = await callMembershipsFromLog(em, campaign, day);
      for (let start = 0; start < memberships.length; start += REBUILD_BATCH) {
        await this.options.store.addCalls(campaign.id, day, memberships.slice(start, start + REBUILD_BATCH));
      }
      await this.refreshExtras(tracked, day, { engaged: true, pending: true, rate: true });
      await this.options.store.markRebuilt(campaign.id, day, this.now());
      tracked.rebuiltDay = day;
      this.dirty.add(campaign.id);
      log.debug({ memberships: memberships.length }, 'counters rebuilt from the log');
    } catch (error) {
      log.error({ err: error }, 'could not rebuild counters from the log');
    }
  }

  /** Engaged dispositions, pending contacts and the 30-day totals: SQL, written to the day's hash. */
  private async refreshExtras(
    tracked: Tracked,
    day: string,
    what: { engaged: boolean; pending: boolean; rate: boolean },
  ): Promise<void> {
    if (!what.engaged && !what.pending && !what.rate) return;
    const em = this.options.orm.em.fork();
    const { campaign } = tracked;
    const at = this.now().getTime();
    const [engaged, pending, totals] = await Promise.all([
      what.engaged ? engagedFromDispositions(em, campaign, day) : undefined,
      what.pending ? pendingContacts(em, campaign) : undefined,
      what.rate ? abandonTotals30Days(em, campaign, day) : undefined,
    ]);
    if (what.engaged) tracked.engagedDirty = false;
    if (what.pending) Object.assign(tracked, { pendingDirty: false, pendingAt: at });
    if (what.rate) tracked.rateAt = at;
    await this.options.store.setExtras(campaign.id, day, { engaged, pending, ...totals });
    this.dirty.add(campaign.id);
  }

  /** One round: rebuild what Redis lost, refresh the SQL-backed values that are due, publish. */
  async tick(): Promise<void> {
    try {
      const at = this.now();
      if (at.getTime() - this.lastRebuildCheck >= this.timing.rebuildCheckMs) {
        this.lastRebuildCheck = at.getTime();
        await this.checkRebuilt(at);
      }
      for (const tracked of this.tracked.values()) {
        const day = campaignDay(tracked.campaign, at);
        if (tracked.rebuiltDay !== day) continue;
        await this.refreshExtras(tracked, day, {
          engaged: tracked.engagedDirty,
          pending: tracked.pendingDirty && at.getTime() - tracked.pendingAt >= this.timing.pendingRefreshMs,
          rate: at.getTime() - tracked.rateAt >= this.timing.rateRefreshMs,
        });
      }
      await this.publishDirty(at);
    } catch (error) {
      this.options.logger.error({ err: error }, 'campaign counters tick failed');
    }
  }

  /** A day whose hash lost its rebuilt mark (Redis flushed or restarted) is rebuilt from the log. */
  private async checkRebuilt(at: Date): Promise<void> {
    for (const tracked of this.tracked.values()) {
      const day = campaignDay(tracked.campaign, at);
      if (tracked.rebuiltDay === day && !(await this.options.store.isRebuilt(tracked.campaign.id, day))) {
        this.options.logger.warn({ campaignId: tracked.campaign.id, day }, 'counters lost from Redis: rebuilding');
        tracked.rebuiltDay = null;
      }
      if (tracked.rebuiltDay !== day) void this.ensureRebuilt(tracked.campaign.id);
    }
  }

  private async publishDirty(at: Date): Promise<void> {
    if (this.dirty.size === 0) return;
    const campaignIds = [...this.dirty];
    this.dirty.clear();
    this.agentCounts ??= await liveAgentCounts(this.options.agentStates);
    for (const campaignId of campaignIds) {
      const tracked = this.tracked.get(campaignId);
      if (!tracked) continue;
      const day = campaignDay(tracked.campaign, at);
      if (tracked.rebuiltDay !== day) {
        // Not rebuilt yet: publishing now would show partial numbers; the rebuild marks it dirty.
        continue;
      }
      const stored = await this.options.store.read(campaignId, day);
      this.options.notifier.changed(
        campaignCountersData(tracked.campaign, day, stored, this.agentCounts.get(campaignId), at),
      );
    }
  }
}
