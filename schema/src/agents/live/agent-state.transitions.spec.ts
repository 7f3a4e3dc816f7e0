import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/domain-error.js';
import { AgentState, SystemPause, offlineState } from './agent-state.js';
import * as transitions from './agent-state.transitions.js';

const identity = { agentId: 'a1', userId: 'u1', username: 'ana', groupId: 'g1', sipExtension: 1001 };
const at = (second: number) => new Date(Date.UTC(2026, 10, 26, 9, 0, second));
const call = { callId: 'c1', campaignId: 'k1', contactId: 'p1', phone: '+5491100000001' };
const ready = () => transitions.login(offlineState(identity, at(0)), identity, ['k1'], true, at(0));
const reason = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
  return 'no error';
};

describe('agent state transitions', () => {
  it('log in READY with a registered phone, UNAVAILABLE without one', () => {
    expect(ready()).toMatchObject({
      state: AgentState.READY,
      campaignIds: ['k1'],
      version: 1,
      loggedInAt: at(0).toISOString(),
    });
    const unreachable = transitions.login(offlineState(identity, at(0)), identity, [], false, at(0));
    expect(unreachable.state).toBe(AgentState.UNAVAILABLE);
  });

  it('pause and unpause, and refuse both on a call or before login', () => {
    const paused = transitions.pause(ready(), 'p-lunch', 'Lunch', at(1), { force: false });
    expect(paused).toMatchObject({ state: AgentState.PAUSED, pauseId: 'p-lunch', since: at(1).toISOString() });
    expect(transitions.unpause(paused, at(2))).toMatchObject({ state: AgentState.READY, pauseId: null });
    const onCall = transitions.callConnected(ready(), call, at(1));
    expect(reason(() => transitions.pause(onCall, 'p', 'P', at(2), { force: false }))).toBe('AGENT_SESSION_ON_A_CALL');
    expect(reason(() => transitions.pause(offlineState(identity, at(0)), 'p', 'P', at(1), { force: false }))).toBe(
      'AGENT_SESSION_NOT_LOGGED_IN',
    );
  });

  it('end a connected call in ACW with an auto-unpause time, and a missed one back where it was', () => {
    const ringing = transitions.callStarted(ready(), AgentState.RINGING, call, at(1));
    expect(transitions.callEnded(ringing, false, { autoUnpauseSeconds: 5, forceDisposition: false }, at(2)).state).toBe(
      AgentState.READY,
    );
    const talking = transitions.callConnected(ringing, call, at(2));
    const acw = transitions.callEnded(talking, true, { autoUnpauseSeconds: 5, forceDisposition: false }, at(10));
    expect(acw).toMatchObject({
      state: AgentState.PAUSED,
      pauseId: SystemPause.ACW,
      autoUnpauseAt: at(15).toISOString(),
      callId: 'c1',
    });
    expect(transitions.autoUnpause(acw, at(14))).toBe(acw);
    expect(transitions.autoUnpause(acw, at(15))).toMatchObject({ state: AgentState.READY, callId: null });
    const manual = transitions.callEnded(talking, true, { autoUnpauseSeconds: 0, forceDisposition: false }, at(10));
    expect(manual.autoUnpauseAt).toBeNull();
  });

  it('hold ACW until the call is dispositioned when the group forces it', () => {
    const talking = transitions.callConnected(ready(), call, at(1));
    const acw = transitions.callEnded(talking, true, { autoUnpauseSeconds: 1, forceDisposition: true }, at(5));
    expect(acw.dispositionPending).toBe(true);
    expect(transitions.autoUnpause(acw, at(30))).toBe(acw);
    expect(reason(() => transitions.unpause(acw, at(30)))).toBe('AGENT_SESSION_DISPOSITION_PENDING');
    expect(transitions.dispositioned(acw, { callId: 'another call', campaignId: 'k1', contactId: 'p1' }, at(31))).toBe(
      acw,
    );
    const done = transitions.dispositioned(acw, { callId: 'c1', campaignId: 'k1', contactId: 'p1' }, at(31));
    expect(transitions.autoUnpause(done, at(31)).state).toBe(AgentState.READY);
  });

  it('release a forced ACW only for the contact and campaign the call was for', () => {
    const talking = transitions.callConnected(ready(), call, at(1));
    const acw = transitions.callEnded(talking, true, { autoUnpauseSeconds: 1, forceDisposition: true }, at(5));
    // The call's id with any other contact (or campaign) is not a disposition of that call.
    expect(transitions.dispositioned(acw, { callId: 'c1', campaignId: 'k1', contactId: 'someone else' }, at(6))).toBe(
      acw,
    );
    expect(transitions.dispositioned(acw, { callId: 'c1', campaignId: 'other', contactId: 'p1' }, at(6))).toBe(acw);
    expect(transitions.dispositioned(acw, { callId: null, campaignId: 'other', contactId: 'p1' }, at(6))).toBe(acw);
    expect(transitions.dispositioned(acw, { callId: null, campaignId: 'k1', contactId: 'p1' }, at(6))).toMatchObject({
      dispositionPending: false,
    });
    // A call to a number no contact has: the agent dispositions the contact it makes, by call id.
    const unknown = transitions.callEnded(
      transitions.callConnected(ready(), { ...call, contactId: null }, at(1)),
      true,
      { autoUnpauseSeconds: 0, forceDisposition: true },
      at(5),
    );
    expect(transitions.dispositioned(unknown, { callId: null, campaignId: 'k1', contactId: 'p9' }, at(6))).toBe(
      unknown,
    );
    expect(
      transitions.dispositioned(unknown, { callId: 'c1', campaignId: 'k1', contactId: 'p9' }, at(6)),
    ).toMatchObject({ dispositionPending: false });
  });

  it('keep DIALING while the dialing agent’s own phone rings, and return to the pause a manual call started from', () => {
    const paused = transitions.pause(ready(), 'p-admin', 'Admin', at(1), { force: false });
    const dialing = transitions.callStarted(paused, AgentState.DIALING, call, at(2));
    expect(dialing).toMatchObject({ state: AgentState.DIALING, pauseId: 'p-admin' });
    expect(transitions.callStarted(dialing, AgentState.RINGING, call, at(3))).toBe(dialing);
    const unanswered = transitions.callEnded(dialing, false, { autoUnpauseSeconds: 0, forceDisposition: false }, at(9));
    expect(unanswered).toMatchObject({ state: AgentState.PAUSED, pauseId: 'p-admin', callId: null });
  });

  it('follow the phone’s registration without losing the pause', () => {
    const paused = transitions.pause(ready(), 'p', 'P', at(1), { force: false });
    const gone = transitions.phoneRegistration(paused, false, at(2));
    expect(gone).toMatchObject({ state: AgentState.UNAVAILABLE, pauseId: 'p' });
    expect(transitions.phoneRegistration(gone, true, at(3))).toMatchObject({ state: AgentState.PAUSED });
  });

  it('refuse a plain logout mid-call but allow a supervisor’s', () => {
    const talking = transitions.callConnected(ready(), call, at(1));
    expect(reason(() => transitions.logout(talking, at(2), { force: false }))).toBe('AGENT_SESSION_ON_A_CALL');
    expect(transitions.logout(talking, at(2), { force: true })).toMatchObject({
      state: AgentState.OFFLINE,
      callId: null,
    });
  });
});
