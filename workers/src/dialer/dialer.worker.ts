import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  Campaign,
  CampaignState,
  CampaignType,
  DialerPacingNotifier,
  DialerPacingStore,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { AmiClient, type AmiClientOptions } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { RedisLease } from '../common/redis-lease.js';
import { CampaignDialer, type CampaignDialerDeps } from './campaign-dialer.js';
import { PacingPublisher } from './dialer-pacing.publisher.js';
import { DialerMetrics } from './dialer.metrics.js';

export interface DialerWorkerDeps {
  config: WorkersConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  store: AgentStateStore;
  logger: Logger;
  /** Builds each campaign's pacer (default: from its settings); tests script decisions with it. */
  pacerFor?: CampaignDialerDeps['pacerFor'];
  /** The process's metrics registry (worker-process.ts); none: no metrics kept. */
  metrics?: Registry;
}

export interface DialerWorker {
  /** Campaigns this process dials now. */
  heldCampaigns(): string[];
  dialer(campaignId: string): CampaignDialer | undefined;
  /** The process's AMI client (tests watch what it writes). */
  readonly ami: AmiClient;
  close(): Promise<void>;
}

interface HeldCampaign {
  lease: RedisLease;
  dialer: CampaignDialer | null;
  timer: NodeJS.Timeout | undefined;
  /** The tick running now, awaited before the dialer is dropped. */
  running: Promise<void>;
}

/** The Redis key of a campaign's dialer lease. */
export const dialerLeaseKey = (config: WorkersConfig, campaignId: string) =>
  `${config.REDIS_PREFIX}lease:dialer:campaign:${campaignId}`;

/**
 * How long a written pacing decision counts as current: a few ticks, so one slow tick (a busy
 * database) does not blank the supervisors' view, yet a killed dialer's goes within seconds.
 */
export const pacingTtlMs = (config: WorkersConfig) => Math.max(5_000, 5 * config.DIALER_TICK_MS);

/**
 * workers/dialer: any number of these run. Every DIALER_DISCOVERY_MS each looks for active
 * dialer campaigns and competes for a lease per campaign; the holder dials it (a tick every
 * DIALER_TICK_MS) and the others keep trying, so a killed holder's campaigns are taken over
 * within DIALER_LEASE_TTL_MS + DIALER_LEASE_RENEW_MS. A campaign that stops being active is
 * let go once its calls in flight are settled; an inactive one with claims left by a killed
 * dialer is taken just long enough to settle them.
 */
export function startDialerWorker(deps: DialerWorkerDeps): DialerWorker {
  return new DialerCampaigns(deps);
}

class DialerCampaigns implements DialerWorker {
  private readonly log: Logger;
  private readonly redis: Redis;
  readonly ami: AmiClient;
  private readonly campaigns = new Map<string, HeldCampaign>();
  private closed = false;
  private discovery: NodeJS.Timeout | undefined;
  private readonly pacingStore: DialerPacingStore;
  private readonly pacingNotifier: DialerPacingNotifier;
  private readonly metrics: DialerMetrics | undefined;

  constructor(private readonly deps: DialerWorkerDeps) {
    const { config } = deps;
    this.log = deps.logger.child({ worker: 'dialer', workerId: config.WORKER_ID });
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
    this.pacingStore = new DialerPacingStore(this.redis, config.REDIS_PREFIX);
    this.pacingNotifier = new DialerPacingNotifier(deps.events);
    this.metrics = deps.metrics ? new DialerMetrics(deps.metrics) : undefined;
    this.ami = new AmiClient({ ...deps.amiOptions, logger: this.log });
    this.ami.connect().catch((error: unknown) => this.log.warn({ err: error }, 'AMI not answering yet; retrying'));
    this.scheduleDiscovery(0);
  }

  heldCampaigns(): string[] {
    return [...this.campaigns].filter(([, held]) => held.dialer !== null).map(([id]) => id);
  }

  dialer(campaignId: string): CampaignDialer | undefined {
    return this.campaigns.get(campaignId)?.dialer ?? undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.discovery);
    await Promise.all([...this.campaigns.keys()].map((id) => this.letGo(id)));
    await this.ami.close();
    this.redis.disconnect();
  }

  private scheduleDiscovery(delay: number): void {
    this.discovery = setTimeout(() => {
      this.discover()
        .catch((error: unknown) => this.log.warn({ err: error }, 'campaign discovery failed'))
        .finally(() => {
          if (!this.closed) this.scheduleDiscovery(this.deps.config.DIALER_DISCOVERY_MS);
        });
    }, delay);
  }

  private async discover(): Promise<void> {
    const em = this.deps.orm.em.fork();
    const active = await em.find(
      Campaign,
      { type: CampaignType.DIALER, state: CampaignState.ACTIVE, isTemplate: false },
      { fields: ['id'] },
    );
    // A dialer killed while its campaign was paused or finished left claims nobody else would
    // settle until the campaign came back: taken too, settled, then let go.
    const stranded = await em.execute<Array<{ id: string }>>(
      `select c.id from campaigns c
        where c.type = 'DIALER' and c.state <> 'ACTIVE'
          and exists (select 1 from dialer_contacts d where d.campaign_id = c.id and d.status = 'DIALING')`,
    );
    const ids = new Set([...active.map((campaign) => campaign.id), ...stranded.map((campaign) => campaign.id)]);
    for (const id of ids) if (!this.campaigns.has(id) && !this.closed) this.compete(id);
    // Stop competing for campaigns with nothing to do that we do not hold (holders let go when idle).
    for (const [id, held] of this.campaigns) if (!ids.has(id) && !held.lease.isHeld) void this.letGo(id);
  }

  private compete(campaignId: string): void {
    const { config } = this.deps;
    const held: HeldCampaign = {
      lease: undefined as never,
      dialer: null,
      timer: undefined,
      running: Promise.resolve(),
    };
    held.lease = new RedisLease({
      redis: this.redis,
      key: dialerLeaseKey(config, campaignId),
      holder: config.WORKER_ID,
      ttlMs: config.DIALER_LEASE_TTL_MS,
      renewMs: config.DIALER_LEASE_RENEW_MS,
      logger: this.log.child({ campaignId }),
      onAcquired: () => this.startDialing(campaignId, held),
      // Taken by another dialer: its decisions may already be there, so ours are left to expire.
      onLost: (reason) => this.stopDialing(held, reason === 'released'),
    });
    this.campaigns.set(campaignId, held);
    held.lease.start();
  }

  /** Lease acquired: adopt what a previous holder left, then tick until the lease is lost or the campaign idle. */
  private async startDialing(campaignId: string, held: HeldCampaign): Promise<void> {
    const pacing = new PacingPublisher({
      store: this.pacingStore,
      notifier: this.pacingNotifier,
      logger: this.log.child({ campaignId }),
      ttlMs: pacingTtlMs(this.deps.config),
    });
    const dialer = new CampaignDialer({
      ...this.deps,
      campaignId,
      ami: this.ami,
      logger: this.log,
      lease: held.lease,
      pacing,
      metrics: this.metrics,
    });
    await dialer.recover();
    if (!held.lease.isHeld || this.closed) return;
    held.dialer = dialer;
    const loop = () => {
      held.running = dialer
        .tick()
        .catch((error: unknown) => dialer.log.error({ err: error }, 'dialer tick failed'))
        .then(() => {
          if (held.dialer !== dialer) return;
          if (dialer.idle) {
            void this.letGo(campaignId);
            return;
          }
          held.timer = setTimeout(loop, this.deps.config.DIALER_TICK_MS);
        });
    };
    loop();
    this.log.info({ campaignId }, 'dialing campaign');
  }

  private async stopDialing(held: HeldCampaign, clearDecision: boolean): Promise<void> {
    clearTimeout(held.timer);
    const dialer = held.dialer;
    held.dialer = null;
    await held.running;
    if (clearDecision) await dialer?.stopDeciding();
  }

  private async letGo(campaignId: string): Promise<void> {
    const held = this.campaigns.get(campaignId);
    if (!held) return;
    this.campaigns.delete(campaignId);
    // Cleared while the lease is still ours: the next holder's decisions come after.
    await this.stopDialing(held, true);
    await held.lease.stop();
    this.log.info({ campaignId }, 'campaign let go');
  }
}
