// One campaign, while this process holds its lease: every tick, settle the calls that ended,
// then (campaign active, inside its window, agents logged in) ask the pacer how many calls to
// place, claim that many contacts from the hopper and originate them.

import type { Logger } from 'pino';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Campaign,
  CampaignState,
  CampaignType,
  DialOutcome,
  Trunk,
  applyAttemptOutcome,
  attemptProgress,
  dialerClaimant,
  claimDueContacts,
  claimFreshContacts,
  dialTargets,
  finishIfExhausted,
  isInsideCallingWindow,
  markSurplusCall,
  releaseClaim,
  type AgentStateStore,
  type ClaimedContact,
  type EventBus,
  type FreshCursor,
  type DialerPacingData,
  type Orm,
} from '@switchboard/schema';
import {
  AmiError,
  AmiErrorCode,
  DIALER_CHANNEL_VARIABLE,
  DIALER_CONTEXT,
  DIALER_EXTENSION,
  ROUTES_CONTEXT,
  coreShowChannels,
  dialerChannelId,
  dialerRouteChannelId,
  eventCallVariables,
  hangUpRingingCall,
  originate,
  routeContextById,
  type AmiClient,
} from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import type { RedisLease } from '../common/redis-lease.js';
import { DialerCallWatch, type WatchedCall } from './dialer-call-watch.js';
import { campaignAgents } from './campaign-agents.js';
import { adoptClaims } from './dialer-adoption.js';
import { WrapTimeTracker } from './wrap-time-tracker.js';
import { dialerCallVariables, outcomeRules, pacingSettingsOf } from './dialer-settings.js';
import { createPacer, PacingObservations, type Pacer, type PacingSettings } from './pacing/index.js';
import type { DialerMetrics } from './dialer.metrics.js';
import type { PacingPublisher } from './dialer-pacing.publisher.js';

export interface CampaignDialerDeps {
  campaignId: string;
  config: WorkersConfig;
  orm: Orm;
  ami: AmiClient;
  events: EventBus;
  store: AgentStateStore;
  logger: Logger;
  /** Builds the campaign's pacer; tests give their own to script decisions. */
  pacerFor?: (settings: PacingSettings) => Pacer;
  /** The campaign's lease: every originate is fenced with the token its contacts were claimed under. */
  lease: Pick<RedisLease, 'token' | 'holds'>;
  /** Where each decision goes for supervisors (Redis + dialer.pacing_decided); none: kept to itself. */
  pacing?: PacingPublisher;
  metrics?: DialerMetrics;
}

/** A decision as supervisors see it, less what only the dial step knows (calls placed). */
type DecisionView = Omit<DialerPacingData, 'lastOriginated'>;

/** A number already on a call of the campaign waits this long before it is tried again. */
const DUPLICATE_DELAY_MS = 5_000;
/** How often a campaign with nothing to claim checks whether it is exhausted (a full count). */
const EXHAUSTION_CHECK_MS = 2_000;
/** A claim younger than this may still be on its way to Asterisk when a dialer takes over. */
const CLAIM_SETTLING_MS = 3_000;
/** Failures after the Originate was written: the call may exist. */
const MAYBE_SENT: ReadonlySet<AmiErrorCode> = new Set([AmiErrorCode.ACTION_TIMEOUT, AmiErrorCode.DISCONNECTED]);

export class CampaignDialer {
  readonly watch: DialerCallWatch;
  private readonly observations = new PacingObservations();
  private readonly wraps = new WrapTimeTracker();
  private pacer: { key: string; pacer: Pacer } | null = null;
  private freshCursor: FreshCursor | null = null;
  private freshDone = false;
  private lastExhaustionCheck = 0;
  private readonly started = Date.now();
  /** Claims found on takeover whose call may be neither logged nor live: checked against Asterisk. */
  private readonly unresolved = new Set<string>();
  readonly log: Logger;

  constructor(private readonly deps: CampaignDialerDeps) {
    this.log = deps.logger.child({ campaignId: deps.campaignId });
    this.watch = new DialerCallWatch(this.log);
  }

  /** Whether the campaign may be let go: not dialing any more and nothing left in flight. */
  idle = false;

  /**
   * Takes over what a previous claimant left: every DIALING row of the campaign is watched
   * like a call of ours. The log then settles the ones that ended; the others are checked
   * against Asterisk on the next ticks (see resolveUnlogged).
   */
  async recover(): Promise<void> {
    const token = this.deps.lease.token;
    if (token === null) return;
    // Adopted under this acquisition: the previous claimant's writes on them no longer apply.
    const claimant = dialerClaimant(this.deps.config.WORKER_ID, token);
    const calls = await adoptClaims(this.deps.orm.em.fork(), this.deps.campaignId, claimant);
    for (const call of calls) {
      this.watch.add(call);
      this.unresolved.add(call.callId);
    }
    if (calls.length > 0) this.log.info({ calls: calls.length }, 'took over calls of a previous dialer');
  }

  async tick(): Promise<void> {
    const em = this.deps.orm.em.fork();
    const campaign = await em.findOne(
      Campaign,
      { id: this.deps.campaignId },
      { populate: ['contactDatabase', 'outboundRoute', 'retryRules'] },
    );
    await this.watch.refresh(em);
    await this.resolveUnlogged(em);
    if (!campaign) {
      this.idle = this.watch.calls.size === 0;
      await this.stopDeciding();
      return;
    }
    await this.watch.settle(em, this.observations, outcomeRules(campaign));
    const dialing =
      campaign.state === CampaignState.ACTIVE && campaign.type === CampaignType.DIALER && !campaign.isTemplate;
    this.idle = !dialing && this.watch.calls.size === 0;
    if (!dialing || !campaign.contactDatabase || !isInsideCallingWindow(campaign.callingWindow, new Date())) {
      await this.stopDeciding();
      return;
    }
    const { wanted, view } = await this.decide(em, campaign);
    const dialed = wanted > 0 ? await this.dial(em, campaign, wanted) : null;
    await this.deps.pacing?.decided({ ...view, lastOriginated: dialed?.placed ?? 0 });
    if (dialed?.claimed === 0 && this.watch.calls.size === 0) await this.finishWhenExhausted(em);
  }

  /** Not deciding any more (campaign paused, out of its window, let go): supervisors see no current decision. */
  async stopDeciding(): Promise<void> {
    await this.deps.pacing?.stopped(this.deps.campaignId);
    this.deps.metrics?.forget(this.deps.campaignId);
  }

  /** Claims taken over with nothing in the log: live in Asterisk -> keep watching; else back to the hopper. */
  private async resolveUnlogged(em: EntityManager): Promise<void> {
    if (this.unresolved.size === 0) return;
    const now = Date.now();
    const pending = [...this.unresolved].flatMap((callId) => {
      const call = this.watch.calls.get(callId);
      if (!call || call.progress.dialedAt || call.progress.end) {
        this.unresolved.delete(callId);
        return [];
      }
      return now - call.originatedAt >= CLAIM_SETTLING_MS ? [call] : [];
    });
    if (pending.length === 0) return;
    const live = new Set(
      (await coreShowChannels(this.deps.ami)).flatMap((channel) => {
        const id = eventCallVariables({ ...channel, event: 'CoreShowChannel' }).SB_CALL_ID;
        return id ? [id] : [];
      }),
    );
    for (const call of pending) {
      this.unresolved.delete(call.callId);
      if (live.has(call.callId)) continue;
      this.watch.calls.delete(call.callId);
      const released = await releaseClaim(em, call);
      this.log.info(
        { callId: call.callId, contactId: call.contactId, released },
        'claim never dialed: back to the hopper',
      );
    }
  }

  private async decide(em: EntityManager, campaign: Campaign): Promise<{ wanted: number; view: DecisionView }> {
    const { store } = this.deps;
    const now = Date.now();
    const states = await store.getMany(await store.loggedInAgentIds());
    const { loggedIn, ready, busy } = campaignAgents(states, campaign.id, now, this.wraps, this.observations);
    const settings = pacingSettingsOf(campaign, this.deps.config);
    const { callsInFlight, humansWaiting } = this.watch.inFlightForPacing(now, campaign.queue.amdEnabled);
    const view: DecisionView = {
      campaignId: campaign.id,
      mode: settings.mode,
      dialLevel: null,
      forecastFreeAgents: null,
      callsInFlight: callsInFlight.length,
      humansWaiting,
      agentsLoggedIn: loggedIn,
      agentsReady: ready,
      abandonTargetPercent: campaign.queue.maxAbandonRatePercent ?? null,
      decidedAt: new Date(now).toISOString(),
    };
    if (loggedIn === 0) return { wanted: 0, view };
    const key = JSON.stringify(settings);
    if (this.pacer?.key !== key) this.pacer = { key, pacer: (this.deps.pacerFor ?? createPacer)(settings) };
    const decision = this.pacer.pacer.decide({
      now: (now - this.started) / 1000,
      agentsLoggedIn: loggedIn,
      agentsReady: ready,
      agentsBusy: busy,
      callsInFlight,
      humansWaiting,
      trunkChannelsFree: await this.trunkChannelsFree(em, campaign),
      observations: this.observations,
    });
    if (decision.originate > 0 || decision.hangUp.length > 0) this.log.debug({ decision, ready, loggedIn }, 'pacing');
    this.deps.metrics?.decided(campaign.id, this.pacer.pacer.mode, decision, callsInFlight.length);
    await this.dropSurplus(decision.hangUp);
    const explained = {
      ...view,
      mode: this.pacer.pacer.mode,
      dialLevel: decision.dialLevel ?? null,
      forecastFreeAgents: decision.forecastFreeAgents ?? null,
    };
    return { wanted: decision.originate, view: explained };
  }

  /**
   * Hangs up the ringing calls the pacer found surplus. Never an answered one: the watch's
   * view may be a tick old, so Asterisk decides, in one step under the lock its answer path
   * takes, when it runs the action (see hangUpRingingCall).
   */
  private async dropSurplus(callIds: readonly string[]): Promise<void> {
    for (const callId of callIds) {
      const call = this.watch.calls.get(callId);
      if (!call || call.progress.answeredAt || call.progress.end) continue;
      try {
        const result = await hangUpRingingCall(this.deps.ami, callId);
        if (result === 'hung-up') {
          call.droppedAsSurplus = true;
          this.deps.metrics?.surplusHungUp(this.deps.campaignId);
          await markSurplusCall(this.deps.orm.em.fork(), call);
        }
        this.log.debug({ callId, result }, 'surplus call');
      } catch (error) {
        // Gone meanwhile (busy, rejected): its own outcome stands.
        this.log.debug({ err: error, callId }, 'surplus call not hung up');
      }
    }
  }

  /**
   * The route's trunks' channels less this campaign's calls: an upper bound (other calls share
   * the trunks; the route's GROUP_COUNT check still refuses a full trunk). null: no route limit.
   */
  private async trunkChannelsFree(em: EntityManager, campaign: Campaign): Promise<number | null> {
    const trunkIds = campaign.outboundRoute?.trunkIds ?? [];
    if (trunkIds.length === 0) return null;
    const trunks = await em.find(Trunk, { id: { $in: trunkIds } });
    const total = trunks.reduce((sum, trunk) => sum + trunk.maxChannels, 0);
    return Math.max(0, total - this.watch.calls.size);
  }

  /** Claims up to `count` contacts (due rows first, then fresh ones) and calls them; returns the claims made and calls placed. */
  private async dial(
    em: EntityManager,
    campaign: Campaign,
    count: number,
  ): Promise<{ claimed: number; placed: number }> {
    // The acquisition these claims are made under: their originates go out only while it lasts,
    // and their rows take writes only from this claimant.
    const token = this.deps.lease.token;
    if (token === null) return { claimed: 0, placed: 0 };
    const holder = dialerClaimant(this.deps.config.WORKER_ID, token);
    const database = campaign.contactDatabase!;
    const claims: ClaimedContact[] = await claimDueContacts(em, campaign.id, holder, count);
    if (claims.length < count && !this.freshDone) {
      const fresh = await claimFreshContacts(
        em,
        campaign.id,
        database.id,
        holder,
        count - claims.length,
        this.freshCursor,
      );
      if (fresh.cursor === null) this.freshDone = true;
      else this.freshCursor = fresh.cursor;
      claims.push(...fresh.claimed);
    }
    if (claims.length === 0) return { claimed: 0, placed: 0 };
    const targets = await dialTargets(
      em,
      {
        campaignId: campaign.id,
        databaseId: database.id,
        phoneColumns: database.phoneColumns,
        dialPrefix: campaign.dialPrefix,
        avoidDuplicatePhones: campaign.avoidDuplicatePhones,
      },
      claims,
    );
    const busyPhones = this.watch.phonesInFlight();
    const ruleFor = outcomeRules(campaign);
    let placed = 0;
    for (const claim of claims) {
      const target = targets.get(claim.contactId)!;
      const row = { ...claim, claimant: holder };
      if (target.skip || !target.phone || !target.dialString) {
        const outcome = target.skip ?? DialOutcome.NO_PHONE;
        await applyAttemptOutcome(em, row, outcome, {
          rule: ruleFor(outcome),
          phoneCount: target.phoneCount,
          placed: false,
          now: new Date(),
        });
        continue;
      }
      if (busyPhones.has(target.phone)) {
        await releaseClaim(em, row, new Date(Date.now() + DUPLICATE_DELAY_MS));
        continue;
      }
      busyPhones.add(target.phone);
      const sent = await this.originate(
        em,
        campaign,
        { ...row, phone: target.phone, dialString: target.dialString, phoneCount: target.phoneCount },
        token,
      );
      if (sent) placed += 1;
    }
    return { claimed: claims.length, placed };
  }

  private async originate(
    em: EntityManager,
    campaign: Campaign,
    claim: ClaimedContact & { phone: string; dialString: string; phoneCount: number; claimant: string },
    token: number,
  ): Promise<boolean> {
    const call: WatchedCall = {
      rowId: claim.rowId,
      callId: claim.callId,
      contactId: claim.contactId,
      phone: claim.phone,
      phoneCount: claim.phoneCount,
      phoneIndex: claim.phoneIndex,
      attempts: claim.attempts,
      attemptsByOutcome: claim.attemptsByOutcome,
      claimant: claim.claimant,
      originatedAt: Date.now(),
      originateFailedAt: null,
      progress: attemptProgress([]),
    };
    const route = campaign.outboundRoute;
    try {
      const handle = await originate(this.deps.ami, {
        channel: `Local/${claim.dialString}@${route ? routeContextById(route.id) : ROUTES_CONTEXT}`,
        destination: { context: DIALER_CONTEXT, exten: DIALER_EXTENSION },
        timeoutMs: campaign.queue.dialTimeoutSeconds * 1000,
        callerId: campaign.outboundCallerId ?? undefined,
        // Found by this uniqueid when a surplus hang-up is decided inside Asterisk.
        channelId: dialerChannelId(claim.callId),
        otherChannelId: dialerRouteChannelId(claim.callId),
        // Checked after the rate limit, right before Asterisk gets it: a dialer that lost the
        // lease meanwhile (whose contacts the new holder may be dialing) sends nothing.
        guard: () => this.deps.lease.holds(token),
        variables: {
          // Inherited by every channel of the call: the call-event log and agent states read them.
          __SB_CALL_ID: claim.callId,
          __SB_CAMPAIGN_ID: campaign.id,
          __SB_CONTACT_ID: claim.contactId,
          __SB_PHONE: claim.phone,
          [`__${DIALER_CHANNEL_VARIABLE}`]: dialerChannelId(claim.callId),
          ...dialerCallVariables(campaign),
        },
      });
      this.watch.add(call);
      this.deps.metrics?.placed(campaign.id, this.pacer?.pacer.mode ?? campaign.queue.pacing.toLowerCase());
      void handle.outcome().then(
        (verdict) => {
          if (verdict.response !== 'Success') call.originateFailedAt = Date.now();
        },
        () => {
          call.originateFailedAt = Date.now();
        },
      );
      return true;
    } catch (error) {
      if (error instanceof AmiError && MAYBE_SENT.has(error.code)) {
        // Written, but unanswered: Asterisk may be dialing it. Back to the hopper now, the contact
        // could be called twice; watched like an adopted claim, the log or Asterisk's channels
        // settle it (see resolveUnlogged).
        this.log.warn({ err: error, callId: claim.callId }, 'originate unanswered; checked against Asterisk');
        this.watch.add(call);
        this.unresolved.add(call.callId);
        return false;
      }
      // Asterisk did not take the action: no call went out, the contact goes back to the hopper.
      if (error instanceof AmiError && error.code === AmiErrorCode.FENCED) {
        this.log.info({ callId: claim.callId, token }, 'lease lost before the originate left: not sent');
      } else if (error instanceof AmiError && error.code === AmiErrorCode.UNSAFE_ACTION) {
        // A value stored before input validation refused control characters (an old caller id):
        // the AMI gate will not send it; the campaign needs editing, the dialer carries on.
        this.log.error({ err: error, callId: claim.callId }, 'originate refused: a campaign setting is unsafe for AMI');
      } else {
        this.log.warn({ err: error, callId: claim.callId }, 'originate failed; contact back to the hopper');
      }
      await releaseClaim(em, call);
      return false;
    }
  }

  private async finishWhenExhausted(em: EntityManager): Promise<void> {
    const now = Date.now();
    if (now - this.lastExhaustionCheck < EXHAUSTION_CHECK_MS) return;
    this.lastExhaustionCheck = now;
    const result = await finishIfExhausted(em, this.deps.events, this.deps.campaignId);
    if (result === 'finished') this.log.info('nothing left to dial: campaign finished');
    if (result === 'fresh-left') {
      // Contacts were added behind the cursor (an import into the database): scan again from the start.
      this.freshDone = false;
      this.freshCursor = null;
    }
  }
}
