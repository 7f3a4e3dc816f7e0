import type { Logger } from 'pino';
import {
  activeMemberships,
  openSessionsInLog,
  type AgentSessionService,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import { AmiAgentTelephony, agentDevice, queueRemove, queueStatus, type AmiClient } from '@switchboard/telephony';

/** How far back the activity log is searched for sessions Redis forgot. */
const SESSION_LOOKBACK_MS = 24 * 3_600_000;
const CAMPAIGN_QUEUE = /^campaign-([0-9a-f-]{36})$/;

/**
 * Makes Asterisk's queues and Redis agree with Postgres: sessions Redis lost come back from
 * the activity log; each logged-in agent is a member, paused or not as its state says, of
 * the queues of its ACTIVE campaigns and of no other; members nobody is logged in as go.
 * Runs after every AMI (re)connect and when campaigns or assignments change.
 */
export class AgentQueueReconciler {
  private readonly telephony: AmiAgentTelephony;

  constructor(
    private readonly options: {
      ami: AmiClient;
      orm: Orm;
      sessions: AgentSessionService;
      store: AgentStateStore;
      logger: Logger;
      phoneRegistered(phone: { sipExtension: number }): Promise<boolean>;
    },
  ) {
    this.telephony = new AmiAgentTelephony(options.ami);
  }

  async restoreLostSessions(): Promise<number> {
    const em = this.options.orm.em.fork();
    let restored = 0;
    for (const session of await openSessionsInLog(em, new Date(Date.now() - SESSION_LOOKBACK_MS))) {
      if (await this.options.store.get(session.agentId)) continue;
      const memberships = await activeMemberships(em, session.agentId);
      const state = await this.options.sessions.restoreSession(
        em,
        session,
        memberships.map((membership) => membership.campaignId),
        false,
      );
      if (state) {
        restored += 1;
        const registered = await this.options.phoneRegistered(state);
        await this.options.sessions.phoneRegistration(em, session.agentId, registered);
      }
    }
    if (restored > 0) this.options.logger.warn({ restored }, 'agent sessions restored from the activity log');
    return restored;
  }

  async reconcileQueues(): Promise<void> {
    const { ami, store, logger } = this.options;
    const em = this.options.orm.em.fork();
    const queues = await queueStatus(ami).catch((error: unknown) => {
      logger.warn({ err: error }, 'queue listing failed; queues not reconciled this time');
      return null;
    });
    if (!queues) return;
    const loggedIn = new Set(await store.loggedInAgentIds());
    const members = new Map<string, Map<string, boolean>>(); // agentId -> campaignId -> paused
    for (const queue of queues) {
      const campaignId = CAMPAIGN_QUEUE.exec(queue.queue)?.[1];
      if (!campaignId) continue;
      for (const member of queue.members) {
        if (member.membership !== 'dynamic') continue;
        if (!loggedIn.has(member.name)) {
          await queueRemove(ami, { queue: queue.queue, interface: member.location });
          continue;
        }
        const byCampaign = members.get(member.name) ?? new Map<string, boolean>();
        byCampaign.set(campaignId, member.paused === '1');
        members.set(member.name, byCampaign);
      }
    }
    for (const agentId of loggedIn) {
      const state = await store.get(agentId);
      if (!state) continue;
      const phone = { agentId, sipExtension: state.sipExtension, displayName: state.username };
      const desired = await activeMemberships(em, agentId);
      const actual = members.get(agentId) ?? new Map<string, boolean>();
      const paused = state.pauseId !== null;
      const missing = desired.filter((membership) => !actual.has(membership.campaignId));
      await this.telephony.joinQueues(phone, missing, paused, state.pauseId);
      const wanted = new Set(desired.map((membership) => membership.campaignId));
      const extra = [...actual.keys()].filter((campaignId) => !wanted.has(campaignId));
      await this.telephony.leaveQueues(phone, extra);
      if ([...actual].some(([campaignId, isPaused]) => wanted.has(campaignId) && isPaused !== paused)) {
        await this.telephony.setQueuePause(phone, paused, state.pauseId);
      }
      const ids = [...wanted].sort();
      if (ids.join() !== [...state.campaignIds].sort().join())
        await this.options.sessions.campaignsChanged(em, agentId, ids);
      if (missing.length + extra.length > 0) {
        logger.info(
          { agentId, device: agentDevice(state.sipExtension), joined: missing.length, left: extra.length },
          'agent queues repaired',
        );
      }
    }
  }
}
