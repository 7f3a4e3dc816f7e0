import { AgentSessionErrors } from '../session/agent-session.errors.js';
import {
  AgentState,
  CALL_STATES,
  SystemPause,
  offlineState,
  type AgentIdentity,
  type AgentLiveStateData,
} from './agent-state.js';

/**
 * The agent state machine, pure: each function takes the current state and returns the next
 * one (or raises when the agent may not do that now). Side effects (queues, log, events) are
 * derived from the difference by the session service, so they cannot disagree with the state.
 */

export interface CallInfo {
  callId: string;
  campaignId: string | null;
  contactId: string | null;
  phone: string | null;
}

type State = AgentLiveStateData;

const stamp = (state: State, at: Date, changes: Partial<State>): State => ({
  ...state,
  ...changes,
  since: changes.state !== undefined && changes.state !== state.state ? at.toISOString() : state.since,
  version: state.version + 1,
});

const NO_CALL = { callId: null, callCampaignId: null, contactId: null, phone: null } as const;

/** The state an idle agent is in: READY, PAUSED when it holds a pause, UNAVAILABLE without a phone. */
function idleState(pauseId: string | null, phoneRegistered: boolean): AgentState {
  if (!phoneRegistered) return AgentState.UNAVAILABLE;
  return pauseId ? AgentState.PAUSED : AgentState.READY;
}

export function login(
  current: State,
  identity: AgentIdentity,
  campaignIds: string[],
  phoneRegistered: boolean,
  at: Date,
): State {
  const base = current.state === AgentState.OFFLINE ? current : offlineState(identity, at, current.version);
  return stamp({ ...base, ...identity }, at, {
    state: idleState(null, phoneRegistered),
    loggedInAt: at.toISOString(),
    campaignIds,
    phoneRegistered,
    pauseId: null,
    pauseName: null,
    autoUnpauseAt: null,
    dispositionPending: false,
    ...NO_CALL,
  });
}

/** The agent's campaigns changed while logged in (assignments edited, a campaign started). */
export function campaignsChanged(current: State, campaignIds: string[], at: Date): State {
  return stamp(current, at, { campaignIds });
}

export function logout(current: State, at: Date, options: { force: boolean }): State {
  requireLoggedIn(current);
  if (!options.force && CALL_STATES.has(current.state)) {
    throw AgentSessionErrors.create('ON_A_CALL', 'Hang up before logging out', { state: current.state });
  }
  return stamp(current, at, {
    state: AgentState.OFFLINE,
    loggedInAt: null,
    campaignIds: [],
    pauseId: null,
    pauseName: null,
    autoUnpauseAt: null,
    dispositionPending: false,
    ...NO_CALL,
  });
}

export function pause(
  current: State,
  pauseId: string,
  pauseName: string,
  at: Date,
  options: { force: boolean },
): State {
  requireLoggedIn(current);
  if (CALL_STATES.has(current.state)) {
    throw AgentSessionErrors.create('ON_A_CALL', 'The agent is on a call: pause after it', { state: current.state });
  }
  if (current.dispositionPending && !options.force) {
    throw AgentSessionErrors.create('DISPOSITION_PENDING', 'Disposition the last call first', {
      callId: current.callId,
    });
  }
  return stamp(current, at, {
    state: idleState(pauseId, current.phoneRegistered),
    pauseId,
    pauseName,
    autoUnpauseAt: null,
    // A supervisor's pause ends the wait for a disposition: the call stays undispositioned.
    dispositionPending: false,
    ...NO_CALL,
  });
}

export function unpause(current: State, at: Date): State {
  requireLoggedIn(current);
  if (current.pauseId === null) return current;
  if (CALL_STATES.has(current.state)) {
    throw AgentSessionErrors.create('ON_A_CALL', 'The agent is on a call', { state: current.state });
  }
  if (current.dispositionPending) {
    throw AgentSessionErrors.create('DISPOSITION_PENDING', 'Disposition the last call first', {
      callId: current.callId,
    });
  }
  return stamp(current, at, {
    state: idleState(null, current.phoneRegistered),
    pauseId: null,
    pauseName: null,
    autoUnpauseAt: null,
    ...NO_CALL,
  });
}

/** The phone rings (a queue or transfer offers a call) or the agent places one (DIALING). */
export function callStarted(
  current: State,
  kind: AgentState.RINGING | AgentState.DIALING,
  call: CallInfo,
  at: Date,
): State {
  if (current.state === AgentState.OFFLINE) return current;
  if (CALL_STATES.has(current.state)) {
    // A second leg of the same session (a consultation, a new call after DIALING was set).
    if (current.state === AgentState.ON_CALL) return current;
    // The phone of an agent who placed the call rings first: that is still dialing.
    if (current.state === AgentState.DIALING && kind === AgentState.RINGING) {
      return sameCall(current, call) ? current : stamp(current, at, callFields(call, current));
    }
    return stamp(current, at, { state: kind, ...callFields(call, current) });
  }
  if (current.dispositionPending && kind === AgentState.DIALING) {
    throw AgentSessionErrors.create('DISPOSITION_PENDING', 'Disposition the last call first', {
      callId: current.callId,
    });
  }
  // A pause held while a call is offered (a manual call from a pause) is where the agent returns.
  const keepsPause = current.pauseId !== SystemPause.ACW;
  return stamp(current, at, {
    state: kind,
    ...callFields(call, current),
    pauseId: keepsPause ? current.pauseId : null,
    pauseName: keepsPause ? current.pauseName : null,
    autoUnpauseAt: null,
    dispositionPending: false,
  });
}

export function callConnected(current: State, call: CallInfo, at: Date): State {
  if (current.state === AgentState.OFFLINE) return current;
  if (current.state === AgentState.ON_CALL && current.callId === call.callId) return current;
  return stamp(current, at, {
    state: AgentState.ON_CALL,
    ...callFields(call, current),
    // Talking is not pausing: the pause a manual call started from ends when the customer answers.
    pauseId: null,
    pauseName: null,
    autoUnpauseAt: null,
    dispositionPending: false,
  });
}

export interface CallEndRules {
  /** ACW length: the campaign's auto-unpause seconds, else the group's; 0 = until the agent unpauses. */
  autoUnpauseSeconds: number;
  forceDisposition: boolean;
}

/** The agent's last call leg ended. A call that connected leaves the agent in ACW. */
export function callEnded(current: State, connected: boolean, rules: CallEndRules, at: Date): State {
  if (!CALL_STATES.has(current.state)) return current;
  if (!connected && current.state !== AgentState.ON_CALL) {
    return stamp(current, at, { state: idleState(current.pauseId, current.phoneRegistered), ...NO_CALL });
  }
  const unpauseAt = rules.autoUnpauseSeconds > 0 ? new Date(at.getTime() + rules.autoUnpauseSeconds * 1000) : null;
  return stamp(current, at, {
    state: idleState(SystemPause.ACW, current.phoneRegistered),
    pauseId: SystemPause.ACW,
    pauseName: SystemPause.ACW,
    autoUnpauseAt: unpauseAt?.toISOString() ?? null,
    // The call's ids stay: the console dispositions the call it just had.
    dispositionPending: rules.forceDisposition && current.callCampaignId !== null,
  });
}

/** ACW ran out: back to READY unless a disposition is still owed or the agent moved on. */
export function autoUnpause(current: State, at: Date): State {
  if (current.pauseId !== SystemPause.ACW || current.dispositionPending) return current;
  if (!current.autoUnpauseAt || Date.parse(current.autoUnpauseAt) > at.getTime()) return current;
  return unpause(current, at);
}

/** What a disposition was for: the contact and campaign, and the call when the agent names it. */
export interface DispositionTarget {
  callId: string | null;
  campaignId: string;
  contactId: string;
}

/**
 * The agent dispositioned a contact; only the call ACW waits for releases the agent: its
 * campaign and its contact (the call's id alone is the client's word). A call whose contact is
 * not known (a number no contact has) is released by naming its id.
 */
export function dispositioned(current: State, target: DispositionTarget, at: Date): State {
  if (!current.dispositionPending || target.campaignId !== current.callCampaignId) return current;
  const sameContact =
    current.contactId !== null ? current.contactId === target.contactId : current.callId === target.callId;
  const sameCall = target.callId === null || target.callId === current.callId;
  if (!sameContact || !sameCall) return current;
  return stamp(current, at, { dispositionPending: false });
}

export function phoneRegistration(current: State, registered: boolean, at: Date): State {
  if (current.phoneRegistered === registered) return current;
  if (current.state === AgentState.OFFLINE || CALL_STATES.has(current.state)) {
    return stamp(current, at, { phoneRegistered: registered });
  }
  return stamp(current, at, { phoneRegistered: registered, state: idleState(current.pauseId, registered) });
}

function sameCall(current: State, call: CallInfo): boolean {
  return (
    current.callId === call.callId &&
    (call.campaignId ?? current.callCampaignId) === current.callCampaignId &&
    (call.contactId ?? current.contactId) === current.contactId &&
    (call.phone ?? current.phone) === current.phone
  );
}

function callFields(call: CallInfo, current: State) {
  return {
    callId: call.callId,
    callCampaignId: call.campaignId ?? current.callCampaignId,
    contactId: call.contactId ?? current.contactId,
    phone: call.phone ?? current.phone,
  };
}

function requireLoggedIn(current: State): void {
  if (current.state === AgentState.OFFLINE) {
    throw AgentSessionErrors.create('NOT_LOGGED_IN', 'The agent is not logged in', { agentId: current.agentId });
  }
}
