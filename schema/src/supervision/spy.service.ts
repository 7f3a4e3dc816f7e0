import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { requireReachedAgent } from '../agents/agent-reach.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { AgentState } from '../agents/live/agent-state.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { notFound } from '../common/domain-error.js';
import { CallEventType } from '../logs/call-event.entity.js';
import { recordCallEvent } from '../logs/call-event.service.js';
import { PhoneAccount } from '../telephony/phone-account.entity.js';
import { SpyErrors } from './spy.errors.js';
import type { SpyTelephony } from './spy-telephony.port.js';
import type { SpySessionStore } from './spy-session.store.js';
import { SpyMode, type SpySession, type SpySessionData } from './spy.types.js';

export interface SpyDependencies {
  sessions: SpySessionStore;
  agentStates: AgentStateStore;
  telephony: SpyTelephony;
  logger: Logger;
  now?: () => Date;
  /** How long the supervisor's phone may ring; webphones answer by themselves at once. */
  ringSeconds?: number;
}

/** The agent states in which its phone talks to someone (the agent's own outbound call while it rings the customer too). */
const ON_A_CALL: ReadonlySet<AgentState> = new Set([AgentState.ON_CALL, AgentState.DIALING]);

/** Why a session ended, in SPY_STOP's data. */
export type SpyStopReason = 'STOPPED' | 'HANGUP' | 'SWITCHED';

const toSession = (data: SpySessionData): SpySession => ({
  agentId: data.agentId,
  callId: data.callId,
  mode: data.mode,
  startedAt: data.startedAt,
  supervisorUserId: data.supervisorUserId,
});

/**
 * Spy, whisper and barge: a supervisor's own phone is called into ChanSpy on the agent's
 * channel. Only supervisors (SUPERVISION) who reach the agent (agent-reach.ts, the rule of
 * force pause) may; the agent must be on a call and the supervisor's phone registered. A
 * supervisor has one session at a time, kept in Redis; a mode change redirects the same
 * channel, so the agent and the customer notice nothing. Each start, mode change and stop is
 * a call event of the spied call.
 */
export class SpyService {
  private readonly now: () => Date;
  private readonly ringSeconds: number;

  constructor(private readonly deps: SpyDependencies) {
    this.now = deps.now ?? (() => new Date());
    this.ringSeconds = deps.ringSeconds ?? 20;
  }

  /** Starts spying on the agent's call, or changes the mode of the session already on it. */
  async spyAgent(em: EntityManager, viewer: Viewer, agentId: string, mode: SpyMode): Promise<SpySession> {
    viewer.require(Permission.SUPERVISION);
    await requireReachedAgent(em, viewer, agentId);
    const agent = await em.findOne(AgentProfile, { id: agentId }, { fields: ['sipExtension'] });
    if (!agent) throw notFound('Agent', agentId);
    const state = await this.deps.agentStates.get(agentId);
    if (!state || !ON_A_CALL.has(state.state) || !state.callId) {
      throw SpyErrors.create('AGENT_NOT_ON_A_CALL', 'The agent is not on a call', {
        agentId,
        state: state?.state ?? AgentState.OFFLINE,
      });
    }
    const call = await this.telephonyCall(() => this.deps.telephony.agentCall(agent.sipExtension));
    // The live state and the phone must agree: a stale state must not send a supervisor onto another call.
    if (!call || (call.callId !== '' && call.callId !== state.callId)) {
      throw SpyErrors.create('AGENT_NOT_ON_A_CALL', "The agent's phone has no such call", { agentId });
    }

    const current = await this.liveSession(em, viewer.userId);
    if (current && current.agentId === agentId && current.callId === state.callId) {
      return toSession(await this.changeMode(em, current, mode));
    }
    if (current) await this.end(em, current, 'SWITCHED');

    const phone = await em.findOne(PhoneAccount, { user: viewer.userId }, { fields: ['sipExtension'] });
    if (!phone) throw SpyErrors.create('NO_PHONE', 'You have no phone to listen with: ask for a phone account');
    if (!(await this.telephonyCall(() => this.deps.telephony.phoneRegistered(phone.sipExtension)))) {
      throw SpyErrors.create('PHONE_NOT_REGISTERED', 'Your phone is not registered: open your webphone first', {
        sipExtension: phone.sipExtension,
      });
    }

    const session: SpySessionData = {
      sessionId: randomUUID(),
      agentId,
      callId: state.callId,
      campaignId: state.callCampaignId,
      mode,
      startedAt: this.now().toISOString(),
      supervisorUserId: viewer.userId,
      spyChannelId: randomUUID(),
      agentChannel: call.agentChannel,
      modeChanges: 0,
      answeredAt: null,
    };
    if (!(await this.deps.sessions.claim(session))) {
      throw SpyErrors.create('ALREADY_SPYING', 'Another spy call of yours is starting; try again');
    }
    // Watched before the call exists: the spy call may end (the agent hangs up) at any moment.
    const ended = this.deps.telephony.spyEnded(session.spyChannelId, session.agentChannel);
    let answered = false;
    try {
      answered = await this.deps.telephony.startSpy({
        supervisorExtension: phone.sipExtension,
        agentChannel: call.agentChannel,
        agentExtension: agent.sipExtension,
        mode,
        spyChannelId: session.spyChannelId,
        ringSeconds: this.ringSeconds,
      });
    } catch (error) {
      await this.deps.sessions.release(session);
      this.deps.logger.warn({ err: error, agentId }, 'spy call not placed');
      throw SpyErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not place the call; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    if (!answered) {
      await this.deps.sessions.release(session);
      throw SpyErrors.create('PHONE_DID_NOT_ANSWER', 'Your phone did not answer the spy call');
    }
    const running: SpySessionData = { ...session, answeredAt: this.now().toISOString() };
    await this.deps.sessions.replace(running);
    await this.log(em, running, CallEventType.SPY_START, 'start', { mode });
    this.followEnd(em, running, ended);
    this.deps.logger.info({ agentId, callId: session.callId, supervisorUserId: viewer.userId, mode }, 'spy started');
    return toSession(running);
  }

  /** Ends the viewer's own session; false when it has none. */
  async stopSpying(em: EntityManager, viewer: Viewer): Promise<boolean> {
    viewer.require(Permission.SUPERVISION);
    const current = await this.deps.sessions.get(viewer.userId);
    if (!current) return false;
    await this.end(em, current, 'STOPPED');
    return true;
  }

  /** The viewer's running session, or null (a session whose call is gone is closed here). */
  async mySpySession(em: EntityManager, viewer: Viewer): Promise<SpySession | null> {
    viewer.require(Permission.SUPERVISION);
    const current = await this.liveSession(em, viewer.userId);
    return current ? toSession(current) : null;
  }

  // ---- internals -------------------------------------------------------------------------

  /**
   * The stored session if its channel still exists. The spy call ends by itself (the agent's
   * call ended: ChanSpy's E option; the supervisor hung up): then the session is closed and
   * SPY_STOP logged by whoever notices first. When AMI cannot tell, the session is kept.
   */
  private async liveSession(em: EntityManager, supervisorUserId: string): Promise<SpySessionData | null> {
    const stored = await this.deps.sessions.get(supervisorUserId);
    if (!stored) return null;
    if (stored.answeredAt === null && !this.ringingOver(stored)) return stored;
    const alive = await this.deps.telephony.spyChannelAlive(stored.spyChannelId).catch((error: unknown) => {
      this.deps.logger.warn({ err: error, supervisorUserId }, 'spy channel liveness unknown; session kept');
      return true;
    });
    if (alive) return stored;
    if (await this.deps.sessions.release(stored))
      await this.log(em, stored, CallEventType.SPY_STOP, 'stop', { reason: 'HANGUP' });
    return null;
  }

  /** A session that never got an answer (its starter died while ringing) is over after the ring time. */
  private ringingOver(session: SpySessionData): boolean {
    return this.now().getTime() > Date.parse(session.startedAt) + (this.ringSeconds + 10) * 1000;
  }

  private async changeMode(em: EntityManager, session: SpySessionData, mode: SpyMode): Promise<SpySessionData> {
    if (session.mode === mode) return session;
    if (session.answeredAt === null) {
      throw SpyErrors.create('STARTING', 'The spy call is still ringing on your phone; answer it first');
    }
    await this.telephonyCall(() => this.deps.telephony.changeMode(session.spyChannelId, mode));
    const changed: SpySessionData = { ...session, mode, modeChanges: session.modeChanges + 1 };
    await this.deps.sessions.replace(changed);
    await this.log(em, changed, CallEventType.SPY_MODE_CHANGE, `mode:${changed.modeChanges}`, {
      from: session.mode,
      mode,
    });
    return changed;
  }

  /**
   * Released first, so that the hangup this causes is not taken for the call ending by itself
   * (followEnd would log HANGUP); put back when Asterisk did not hang up.
   */
  private async end(em: EntityManager, session: SpySessionData, reason: SpyStopReason): Promise<void> {
    if (!(await this.deps.sessions.release(session))) return;
    try {
      await this.deps.telephony.stopSpy(session.spyChannelId);
    } catch (error) {
      await this.deps.sessions.claim(session);
      this.deps.logger.warn({ err: error }, 'spy call not hung up');
      throw SpyErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not hang up; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    await this.log(em, session, CallEventType.SPY_STOP, 'stop', { mode: session.mode, reason });
    this.deps.logger.info({ agentId: session.agentId, callId: session.callId, reason }, 'spy stopped');
  }

  /**
   * The process that started the call closes the session as soon as the spy call ends by
   * itself, with the mode it was in then. Another process, or a lost AMI connection, leaves it
   * to the liveness check on the next read.
   */
  private followEnd(em: EntityManager, session: SpySessionData, ended: Promise<boolean>): void {
    ended
      .then(async (hungUp) => {
        if (!hungUp) return;
        const stored = await this.deps.sessions.get(session.supervisorUserId);
        if (stored?.sessionId !== session.sessionId || !(await this.deps.sessions.release(stored))) return;
        // The request's EntityManager is done with: a fork of its own for this write.
        await this.log(em.fork(), stored, CallEventType.SPY_STOP, 'stop', { reason: 'HANGUP' });
        this.deps.logger.info({ agentId: stored.agentId, callId: stored.callId }, 'spy call ended by itself');
      })
      .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'spy call end not followed'));
  }

  /** One call event of the spied call; its key derives from the session, so a retry writes nothing. */
  private async log(
    em: EntityManager,
    session: SpySessionData,
    type: CallEventType,
    step: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await recordCallEvent(em, {
      eventKey: `spy:${session.sessionId}:${step}`,
      callId: session.callId,
      type,
      occurredAt: this.now(),
      campaignId: session.campaignId,
      agentId: session.agentId,
      data: { supervisorUserId: session.supervisorUserId, sessionId: session.sessionId, mode: session.mode, ...data },
    }).catch((error: unknown) =>
      this.deps.logger.error({ err: error, callId: session.callId, type }, 'spy call event not logged'),
    );
  }

  private async telephonyCall<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'spy telephony action failed');
      throw SpyErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not do it; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
