import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/uuid.js';
import type { Logger } from 'pino';
import { Permission } from '../../auth/permission.js';
import type { Viewer } from '../../auth/viewer.js';
import type { EventBus } from '../../events/event-bus.js';
import { recordAgentActivity } from '../../logs/agent-activity.service.js';
import { requireReachedAgent } from '../agent-reach.js';
import { CommonErrors } from '../../common/domain-error.js';
import { Pause } from '../pause.entity.js';
import { activitiesBetween } from '../live/agent-activity-diff.js';
import { AgentState, SystemPause, offlineState, type AgentLiveStateData } from '../live/agent-state.js';
import { agentStateNotifier } from '../live/agent-state.notifier.js';
import type { AgentStateStore } from '../live/agent-state.store.js';
import * as transitions from '../live/agent-state.transitions.js';
import { activeMemberships, callEndRules, loadAgent, type AgentRecord } from './agent-directory.js';
import { AgentSessionErrors } from './agent-session.errors.js';
import type { AgentTelephony } from './agent-telephony.port.js';

export interface AgentSessionDependencies {
  store: AgentStateStore;
  telephony: AgentTelephony;
  events: EventBus;
  logger: Logger;
  now?: () => Date;
}

type Change = (current: AgentLiveStateData) => AgentLiveStateData;

/**
 * Agent sessions: the one place agent live state changes. Commands come from the api (login,
 * pause...) and call signals from workers (ringing, connected, ended); each is a pure
 * transition (agent-state.transitions) applied with compare-and-set, and its consequences
 * (activity log, queue pause, event) follow from the difference between the two states.
 */
export class AgentSessionService {
  private readonly now: () => Date;

  constructor(private readonly deps: AgentSessionDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The agent's state, OFFLINE when Redis knows nothing of it. */
  async state(em: EntityManager, agentId: string): Promise<AgentLiveStateData> {
    const stored = await this.deps.store.get(agentId);
    if (stored) return stored;
    return offlineState((await loadAgent(em, agentId)).identity, this.now());
  }

  /** The calling agent's own state. */
  myState(em: EntityManager, viewer: Viewer): Promise<AgentLiveStateData> {
    return this.state(em, this.ownAgentId(viewer));
  }

  // ---- commands -------------------------------------------------------------------------

  async login(em: EntityManager, viewer: Viewer): Promise<AgentLiveStateData> {
    const agent = await loadAgent(em, this.ownAgentId(viewer));
    const memberships = await activeMemberships(em, agent.identity.agentId);
    const registered = await this.telephonyCall(() => this.deps.telephony.phoneRegistered(agent.phone));
    await this.telephonyCall(() => this.deps.telephony.joinQueues(agent.phone, memberships, false, null));
    const campaignIds = memberships.map((membership) => membership.campaignId);
    return this.apply(em, agent, (current) =>
      current.state === AgentState.OFFLINE
        ? transitions.login(current, agent.identity, campaignIds, registered, this.now())
        : transitions.campaignsChanged({ ...current, phoneRegistered: registered }, campaignIds, this.now()),
    );
  }

  /** The agent's own logout, or a supervisor's (`agentId`), which also works mid-call. */
  async logout(em: EntityManager, viewer: Viewer, agentId?: string): Promise<AgentLiveStateData> {
    const force = agentId !== undefined;
    const agent = await loadAgent(
      em,
      force ? await this.supervisedAgentId(em, viewer, agentId) : this.ownAgentId(viewer),
    );
    const current = await this.state(em, agent.identity.agentId);
    transitions.logout(current, this.now(), { force }); // raises before Asterisk is touched
    await this.telephonyCall(() => this.deps.telephony.leaveQueues(agent.phone, current.campaignIds));
    return this.apply(em, agent, (latest) => transitions.logout(latest, this.now(), { force }));
  }

  /** Pause with one of the pauses; a supervisor (`agentId`) may pause without one (SUPERVISOR). */
  async pause(
    em: EntityManager,
    viewer: Viewer,
    pauseId: string | null,
    agentId?: string,
  ): Promise<AgentLiveStateData> {
    const force = agentId !== undefined;
    const agent = await loadAgent(
      em,
      force ? await this.supervisedAgentId(em, viewer, agentId) : this.ownAgentId(viewer),
    );
    const [id, name] = await this.pauseNamed(em, pauseId, force);
    return this.apply(em, agent, (current) => transitions.pause(current, id, name, this.now(), { force }), {
      telephonyFirst: true,
    });
  }

  async unpause(em: EntityManager, viewer: Viewer, agentId?: string): Promise<AgentLiveStateData> {
    const force = agentId !== undefined;
    const agent = await loadAgent(
      em,
      force ? await this.supervisedAgentId(em, viewer, agentId) : this.ownAgentId(viewer),
    );
    return this.apply(em, agent, (current) => transitions.unpause(current, this.now()), { telephonyFirst: true });
  }

  // ---- signals from telephony and other domains ----------------------------------------

  /** Applies a change to a logged-in agent; an agent Redis knows nothing of is offline: no-op. */
  async signal(em: EntityManager, agentId: string, change: Change): Promise<AgentLiveStateData | null> {
    const stored = await this.deps.store.get(agentId);
    if (!stored || stored.state === AgentState.OFFLINE) return null;
    const agent = await loadAgent(em, agentId);
    return this.apply(em, agent, (current) => (current.state === AgentState.OFFLINE ? current : change(current)));
  }

  callStarted(
    em: EntityManager,
    agentId: string,
    kind: AgentState.RINGING | AgentState.DIALING,
    call: transitions.CallInfo,
  ) {
    return this.signal(em, agentId, (current) => transitions.callStarted(current, kind, call, this.now()));
  }

  callConnected(em: EntityManager, agentId: string, call: transitions.CallInfo) {
    return this.signal(em, agentId, (current) => transitions.callConnected(current, call, this.now()));
  }

  async callEnded(em: EntityManager, agentId: string, connected: boolean) {
    const current = await this.deps.store.get(agentId);
    const rules = await callEndRules(em, agentId, current?.callCampaignId ?? null);
    return this.signal(em, agentId, (latest) => transitions.callEnded(latest, connected, rules, this.now()));
  }

  phoneRegistration(em: EntityManager, agentId: string, registered: boolean) {
    return this.signal(em, agentId, (current) => transitions.phoneRegistration(current, registered, this.now()));
  }

  dispositioned(em: EntityManager, agentId: string, target: transitions.DispositionTarget) {
    return this.signal(em, agentId, (current) => transitions.dispositioned(current, target, this.now()));
  }

  /** Releases every agent whose ACW is over; returns how many were released. */
  async releaseDueAutoUnpauses(em: EntityManager): Promise<number> {
    let released = 0;
    for (const agentId of await this.deps.store.dueAutoUnpauses(this.now())) {
      try {
        const after = await this.signal(em, agentId, (current) => transitions.autoUnpause(current, this.now()));
        if (after?.pauseId === null) released += 1;
      } catch (error) {
        this.deps.logger.warn({ err: error, agentId }, 'auto-unpause failed; retried on the next sweep');
      }
    }
    return released;
  }

  // ---- rebuilding after restarts ----------------------------------------------------------

  /**
   * Puts back a session Redis lost, as the activity log shows it (already logged: no new rows).
   * ACW restored from the log ends at once: when it began is not known any more.
   */
  async restoreSession(
    em: EntityManager,
    session: { agentId: string; loggedInAt: Date; pauseId: string | null },
    campaignIds: string[],
    registered: boolean,
  ): Promise<AgentLiveStateData | null> {
    const agent = await loadAgent(em, session.agentId);
    const pauseName = session.pauseId ? await this.pauseNameOf(em, session.pauseId) : null;
    const at = this.now();
    const result = await this.deps.store.update(
      session.agentId,
      () => offlineState(agent.identity, at),
      (current) => {
        if (current.state !== AgentState.OFFLINE) return current;
        const loggedIn = transitions.login(current, agent.identity, campaignIds, registered, session.loggedInAt);
        if (!session.pauseId) return loggedIn;
        return {
          ...loggedIn,
          state: registered ? AgentState.PAUSED : AgentState.UNAVAILABLE,
          pauseId: session.pauseId,
          pauseName,
          autoUnpauseAt: session.pauseId === SystemPause.ACW ? at.toISOString() : null,
        };
      },
    );
    if (!result) return null;
    agentStateNotifier.changed(this.deps.events, result[0], result[1]);
    return result[1];
  }

  /** The queues changed under a logged-in agent (campaign started, assignment edited). */
  campaignsChanged(em: EntityManager, agentId: string, campaignIds: string[]) {
    return this.signal(em, agentId, (current) => transitions.campaignsChanged(current, campaignIds, this.now()));
  }

  // ---- internals -------------------------------------------------------------------------

  /**
   * Applies one transition and its consequences. With `telephonyFirst` the queue pause is set
   * before the state is saved (user commands: a failure raises and changes nothing); otherwise
   * after it (signals: the state already happened in Asterisk).
   */
  private async apply(
    em: EntityManager,
    agent: AgentRecord,
    change: Change,
    options: { telephonyFirst?: boolean } = {},
  ): Promise<AgentLiveStateData> {
    const initial = () => offlineState(agent.identity, this.now());
    if (options.telephonyFirst) {
      const current = (await this.deps.store.get(agent.identity.agentId)) ?? initial();
      const planned = change(current);
      if (planned !== current) await this.telephonyCall(() => this.syncQueuePause(agent, current, planned));
    }
    const result = await this.deps.store.update(agent.identity.agentId, initial, change);
    if (!result) return (await this.deps.store.get(agent.identity.agentId)) ?? initial();
    const [before, after] = result;
    if (!options.telephonyFirst) {
      await this.syncQueuePause(agent, before, after).catch((error: unknown) =>
        this.deps.logger.error(
          { err: error, agentId: after.agentId },
          'queue pause not applied; the resync repairs it',
        ),
      );
    }
    await this.record(em, before, after);
    agentStateNotifier.changed(this.deps.events, before, after);
    return after;
  }

  private async syncQueuePause(agent: AgentRecord, before: AgentLiveStateData, after: AgentLiveStateData) {
    if (after.state === AgentState.OFFLINE || before.state === AgentState.OFFLINE) return;
    if ((before.pauseId === null) === (after.pauseId === null) && before.pauseId === after.pauseId) return;
    await this.deps.telephony.setQueuePause(agent.phone, after.pauseId !== null, after.pauseId);
  }

  private async record(em: EntityManager, before: AgentLiveStateData, after: AgentLiveStateData) {
    const at = new Date(after.since);
    for (const row of activitiesBetween(before, after, at)) {
      await recordAgentActivity(em, row).catch((error: unknown) =>
        this.deps.logger.error({ err: error, agentId: row.agentId, type: row.type }, 'agent activity not logged'),
      );
    }
  }

  private ownAgentId(viewer: Viewer): string {
    viewer.require(Permission.AGENT_CONSOLE);
    if (!viewer.agentId) throw AgentSessionErrors.create('NOT_AN_AGENT', 'Only agents have a session');
    return viewer.agentId;
  }

  private async supervisedAgentId(em: EntityManager, viewer: Viewer, agentId: string): Promise<string> {
    viewer.require(Permission.SUPERVISION);
    await requireReachedAgent(em, viewer, agentId);
    return agentId;
  }

  private async pauseNamed(em: EntityManager, pauseId: string | null, force: boolean): Promise<[string, string]> {
    if (pauseId === null) {
      if (!force) throw CommonErrors.create('INVALID_INPUT', 'pauseId: choose a pause', { field: 'pauseId' });
      return [SystemPause.SUPERVISOR, SystemPause.SUPERVISOR];
    }
    const pause = isUuid(pauseId) ? await em.findOne(Pause, { id: pauseId }) : null;
    if (!pause) throw CommonErrors.create('INVALID_INPUT', `pauseId: no pause ${pauseId}`, { field: 'pauseId' });
    if (!pause.active) {
      throw AgentSessionErrors.create('PAUSE_INACTIVE', `pauseId: the pause ${pause.name} is not active`, {
        field: 'pauseId',
      });
    }
    return [pause.id, pause.name];
  }

  private async pauseNameOf(em: EntityManager, pauseId: string): Promise<string> {
    if (pauseId === SystemPause.ACW || pauseId === SystemPause.SUPERVISOR) return pauseId;
    const pause = await em.findOne(Pause, { id: pauseId });
    return pause?.name ?? pauseId;
  }

  private async telephonyCall<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'telephony action failed');
      throw AgentSessionErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not answer; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
