import type { AmiEventBase } from '../ami/ami-events.js';
import { CLOSED_AFTER_RESYNC, TERMINAL_KINDS, type NormalizedCallEvent } from './call-event.types.js';
import {
  amiEventKey,
  callEvent,
  dialedNumber,
  eventTime,
  isLocalChannel,
  newCallState,
  secondsBetween,
  type CallState,
} from './call-state.js';
import { eventCallVariables, varSetCallVariable, varSetName } from './channel-variables.js';
import { classifyDialOutcome } from './dial-outcome.js';
import { queueAndAgentEvent } from './queue-events.js';
import { AMD_USER_EVENT } from '../config/extensions-conf.js';
import { TRANSFER_CANCELLED_USER_EVENT } from '../config/database/in-call-dialplan.js';
import { DIALER_ABANDON_USER_EVENT } from '../config/database/dialer-dialplan.js';
import { WELCOME_ABANDON_USER_EVENT } from '../config/database/campaign-queue-dialplan.js';

/** Raised by the dialplan when the do-not-call check blocks a number (channel-variable contract). */
export const BLACKLIST_USER_EVENT = 'SwitchboardBlacklist';

/** A channel alive in Asterisk, as CoreShowChannels lists it. */
export interface LiveChannel {
  uniqueid: string;
  linkedid: string;
  channel: string;
  [header: string]: unknown;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The per-call state machine: feed it AMI events in the order Asterisk sent them, get back
 * call-log events. It knows each call's channels, its customer leg (dial, answer, hang-up
 * cause), its queue entry and who hung up first, so it can classify outcomes and compute wait
 * and duration. State is in memory only: after a restart or a reconnect, `resync` with the
 * channels Asterisk still has closes the calls that ended unseen and adopts the others.
 * Pure apart from `now`, used only for events without a timestamp and for resync.
 */
export class CallTracker {
  private readonly calls = new Map<string, CallState>();
  /** uniqueid -> linkedid, for events that name a channel but not its call. */
  private readonly channelCall = new Map<string, string>();
  private readonly bridges = new Map<string, Set<string>>();
  /** Order in which channels were first seen, so a resync spares those newer than its listing. */
  private readonly seenAt = new Map<string, number>();
  private sequence = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** A point in the event stream; pass it to `resync` as the time its channel listing was asked for. */
  mark(): number {
    return this.sequence;
  }

  /** Calls with at least one live channel. */
  openCalls(): CallState[] {
    return [...this.calls.values()];
  }

  handle(event: AmiEventBase): NormalizedCallEvent[] {
    const at = eventTime(event, this.now);
    const linkedid = str(event['linkedid']) ?? str(event['destlinkedid']);
    if (event.event === 'Newchannel' && linkedid) {
      this.channelOf(linkedid, event);
    }
    const call = linkedid ? this.calls.get(linkedid) : undefined;
    if (call) Object.assign(call.variables, eventCallVariables(event));
    switch (event.event) {
      case 'VarSet':
        return call ? this.onVarSet(call, event, at) : [];
      case 'DialBegin':
        return this.onDialBegin(event, at);
      case 'DialEnd':
        return this.onDialEnd(event, at);
      case 'HangupRequest':
      case 'SoftHangupRequest':
        if (call) this.onHangupRequest(call, event);
        return [];
      case 'Hangup':
        return call ? this.onHangup(call, event, at) : [];
      case 'UserEvent':
        return call ? this.onUserEvent(call, event, at) : [];
      case 'BridgeEnter':
        return this.onBridgeEnter(event, at);
      case 'BridgeLeave':
        this.bridges.get(String(event['bridgeuniqueid']))?.delete(String(event['uniqueid']));
        return [];
      default:
        return this.onOther(event, at);
    }
  }

  /**
   * After a reconnect: closes every call none of whose channels is alive any more (a synthetic
   * FAIL with `data.reason = closed-after-resync` and a key derived from the call, so a second
   * resync writes nothing), forgets channels that ended unseen, and adopts live channels it
   * did not know (their calls are closed the same way when they end).
   */
  resync(live: LiveChannel[], listedAt = this.mark()): NormalizedCallEvent[] {
    const at = new Date(this.now());
    const alive = new Set(live.map((channel) => channel.uniqueid));
    const events: NormalizedCallEvent[] = [];
    for (const call of this.calls.values()) {
      for (const uniqueid of [...call.channels.keys()]) {
        // A channel first seen after the listing was asked for is not in it, yet alive.
        if (!alive.has(uniqueid) && (this.seenAt.get(uniqueid) ?? 0) <= listedAt) this.dropChannel(call, uniqueid);
      }
      const customerGone = call.customer && !call.customer.hungUp && !call.channels.has(call.customer.uniqueid);
      if (call.channels.size === 0 || customerGone) events.push(...this.closeUnseen(call, at));
      if (call.channels.size === 0) this.calls.delete(call.linkedid);
    }
    for (const channel of live) {
      if (this.channelCall.has(channel.uniqueid)) continue;
      const call = this.calls.get(channel.linkedid) ?? newCallState(channel.linkedid, true);
      this.calls.set(call.linkedid, call);
      Object.assign(call.variables, eventCallVariables({ event: 'CoreShowChannel', ...channel }));
      this.addChannel(call, channel.uniqueid, channel.channel);
    }
    return events;
  }

  private channelOf(linkedid: string, event: AmiEventBase): CallState {
    const call = this.calls.get(linkedid) ?? newCallState(linkedid);
    this.calls.set(linkedid, call);
    this.addChannel(call, String(event['uniqueid']), String(event['channel']));
    return call;
  }

  private addChannel(call: CallState, uniqueid: string, name: string): void {
    call.channels.set(uniqueid, { uniqueid, name, local: isLocalChannel(name) });
    this.channelCall.set(uniqueid, call.linkedid);
    this.sequence += 1;
    this.seenAt.set(uniqueid, this.sequence);
  }

  private dropChannel(call: CallState, uniqueid: string): void {
    call.channels.delete(uniqueid);
    this.channelCall.delete(uniqueid);
    this.seenAt.delete(uniqueid);
    for (const members of this.bridges.values()) members.delete(uniqueid);
  }

  private emit(call: CallState, events: NormalizedCallEvent[]): NormalizedCallEvent[] {
    if (events.some((event) => TERMINAL_KINDS.has(event.type))) call.ended = true;
    return events;
  }

  private onVarSet(call: CallState, event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const contract = varSetCallVariable(event);
    if (contract) call.variables[contract[0]] = contract[1];
    // Queue() sets QUEUESTATUS=TIMEOUT when the caller waited the queue's whole timeout.
    if (varSetName(event) === 'QUEUESTATUS' && event['value'] === 'TIMEOUT' && call.queue && !call.ended) {
      call.pendingAbandon = undefined;
      return this.emit(call, [
        callEvent(call, 'EXITWITHTIMEOUT', `${call.linkedid}:EXITWITHTIMEOUT`, at, {
          waitSeconds: secondsBetween(call.queue.enteredAt, at),
          data: { queue: call.queue.name },
        }),
      ]);
    }
    return [];
  }

  /**
   * The first dial to a channel that is not Local is the customer's: Originate's own dial
   * (no caller) and Dial() from platform plumbing. Dials from a call whose first channel is a
   * real one (an inbound customer) ring agents, and are not logged as DIAL.
   */
  private onDialBegin(event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const destination = str(event['destchannel']);
    const destLinkedid = str(event['destlinkedid']);
    const destUniqueid = str(event['destuniqueid']);
    if (!destination || !destLinkedid || !destUniqueid || isLocalChannel(destination)) return [];
    const call =
      this.calls.get(destLinkedid) ??
      this.channelOf(destLinkedid, { event: 'Newchannel', uniqueid: destUniqueid, channel: destination });
    Object.assign(call.variables, eventCallVariables(event, 'dest'));
    if (call.customer) return [];
    const root = call.channels.get(call.linkedid);
    if (root && !root.local && str(event['uniqueid'])) return [];
    call.customer = {
      uniqueid: destUniqueid,
      channel: destination,
      phone: dialedNumber(str(event['dialstring'])),
      dialedAt: at,
      hungUp: false,
    };
    return [callEvent(call, 'DIAL', `${destUniqueid}:DIAL`, at, { data: { channel: destination } })];
  }

  private onDialEnd(event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const call = this.calls.get(String(event['destlinkedid']));
    const customer = call?.customer;
    if (!call || !customer || customer.uniqueid !== event['destuniqueid']) return [];
    customer.dialStatus = String(event['dialstatus'] ?? '');
    if (customer.dialStatus !== 'ANSWER') return this.outcomeWhenKnown(call, at);
    customer.answeredAt = at;
    return [
      callEvent(call, 'ANSWER', `${customer.uniqueid}:ANSWER`, at, {
        waitSeconds: secondsBetween(customer.dialedAt, at),
      }),
    ];
  }

  private onHangupRequest(call: CallState, event: AmiEventBase): void {
    const uniqueid = String(event['uniqueid']);
    const cause = Number(event['cause']);
    if (call.customer?.uniqueid === uniqueid && cause > 0) call.customer.cause = cause;
    if (call.customer?.answeredAt && !call.firstHangupBy) call.firstHangupBy = uniqueid;
  }

  private onHangup(call: CallState, event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const uniqueid = String(event['uniqueid']);
    const events: NormalizedCallEvent[] = [];
    if (call.pendingAbandon) {
      events.push(...this.emit(call, [call.pendingAbandon]));
      call.pendingAbandon = undefined;
    }
    const customer = call.customer;
    if (customer && customer.uniqueid === uniqueid) {
      customer.hungUp = true;
      const cause = Number(event['cause']);
      if (cause > 0 || customer.cause === undefined) customer.cause = cause;
      call.firstHangupBy ??= uniqueid;
      events.push(...(customer.answeredAt ? this.completion(call, at) : this.outcomeWhenKnown(call, at)));
    }
    this.dropChannel(call, uniqueid);
    if (call.channels.size === 0) {
      events.push(...this.finish(call, at));
      this.calls.delete(call.linkedid);
    }
    return events;
  }

  /** An unanswered customer leg ends once both its DIALSTATUS and its hang-up cause are known. */
  private outcomeWhenKnown(call: CallState, at: Date): NormalizedCallEvent[] {
    const customer = call.customer;
    if (!customer || call.ended || customer.answeredAt || !customer.hungUp || customer.dialStatus === undefined)
      return [];
    return this.outcome(call, at);
  }

  private outcome(call: CallState, at: Date): NormalizedCallEvent[] {
    const customer = call.customer!;
    const { type, reason } = classifyDialOutcome(customer.dialStatus, customer.cause);
    return this.emit(call, [
      callEvent(call, type, `${customer.uniqueid}:OUTCOME`, at, {
        waitSeconds: secondsBetween(customer.dialedAt, at),
        data: { reason, cause: customer.cause ?? null, dialStatus: customer.dialStatus ?? null },
      }),
    ]);
  }

  /** An answered call ends: COMPLETEOUTNUM when the customer hung up first, else COMPLETEAGENT. */
  private completion(call: CallState, at: Date): NormalizedCallEvent[] {
    const customer = call.customer!;
    if (call.ended) return [];
    const byCustomer = call.firstHangupBy === customer.uniqueid;
    return this.emit(call, [
      callEvent(call, byCustomer ? 'COMPLETEOUTNUM' : 'COMPLETEAGENT', `${customer.uniqueid}:COMPLETE`, at, {
        durationSeconds: secondsBetween(customer.answeredAt, at),
        data: { cause: customer.cause ?? null, hungUpBy: byCustomer ? 'customer' : 'platform' },
      }),
    ]);
  }

  /** The last channel is gone: a call that reached a customer and has no end yet gets one. */
  private finish(call: CallState, at: Date): NormalizedCallEvent[] {
    if (call.ended) return [];
    if (call.adopted) return this.closeUnseen(call, at);
    if (!call.customer) return [];
    return call.customer.answeredAt ? this.completion(call, at) : this.outcome(call, at);
  }

  private closeUnseen(call: CallState, at: Date): NormalizedCallEvent[] {
    if (call.ended) return [];
    return this.emit(call, [
      callEvent(call, 'FAIL', `${call.linkedid}:${CLOSED_AFTER_RESYNC}`, at, {
        durationSeconds: call.customer?.answeredAt ? secondsBetween(call.customer.answeredAt, at) : null,
        data: { reason: CLOSED_AFTER_RESYNC, answered: Boolean(call.customer?.answeredAt), adopted: call.adopted },
      }),
    ]);
  }

  private onUserEvent(call: CallState, event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const key = amiEventKey(event, str(event['uniqueid']));
    if (event['userevent'] === AMD_USER_EVENT) {
      return [
        callEvent(call, 'AMD', key, at, { data: { status: event['status'] ?? null, cause: event['cause'] ?? null } }),
      ];
    }
    if (event['userevent'] === TRANSFER_CANCELLED_USER_EVENT) {
      return [callEvent(call, 'TRANSFER_CANCELLED', key, at, { data: { channel: event['channel'] ?? null } })];
    }
    // A dialed human the queue gave back without an agent (timeout, empty queue...): abandoned.
    if (event['userevent'] === DIALER_ABANDON_USER_EVENT && !call.ended) {
      return this.emit(call, [
        callEvent(call, 'EXITWITHTIMEOUT', key, at, {
          waitSeconds: secondsBetween(call.queue?.enteredAt, at),
          data: {
            reason: str(event['reason']) ?? 'no-agent',
            queueStatus: str(event['queuestatus']) ?? null,
            queue: call.queue?.name ?? null,
          },
        }),
      ]);
    }
    // The caller hung up while the welcome message played: lost before reaching the queue.
    if (event['userevent'] === WELCOME_ABANDON_USER_EVENT && !call.ended) {
      return this.emit(call, [callEvent(call, 'ABANDONWEL', key, at, { data: { reason: 'hung up during welcome' } })]);
    }
    if (event['userevent'] === BLACKLIST_USER_EVENT && !call.ended) {
      const phone = str(event['phone']) ?? call.variables.SB_PHONE ?? null;
      return this.emit(call, [callEvent(call, 'BLACKLIST', key, at, { phone, data: { reason: 'do-not-call' } })]);
    }
    return [];
  }

  /**
   * CONNECT when the answered customer shares a bridge with a real (non-Local) channel: an
   * agent's phone. Queue calls are connected by AgentConnect instead, which knows the wait.
   */
  private onBridgeEnter(event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const bridgeId = String(event['bridgeuniqueid']);
    const members = this.bridges.get(bridgeId) ?? new Set<string>();
    this.bridges.set(bridgeId, members);
    members.add(String(event['uniqueid']));
    const call = this.calls.get(String(event['linkedid']));
    const customer = call?.customer;
    if (!call || !customer?.answeredAt || call.connected || call.queue || !members.has(customer.uniqueid)) return [];
    const agentSide = [...members].find((uniqueid) => {
      const linkedid = this.channelCall.get(uniqueid);
      const channel = linkedid ? this.calls.get(linkedid)?.channels.get(uniqueid) : undefined;
      return uniqueid !== customer.uniqueid && channel && !channel.local;
    });
    if (!agentSide) return [];
    call.connected = true;
    return [
      callEvent(call, 'CONNECT', `${bridgeId}:CONNECT`, at, {
        waitSeconds: secondsBetween(customer.answeredAt, at),
        data: { bridge: bridgeId },
      }),
    ];
  }

  private onOther(event: AmiEventBase, at: Date): NormalizedCallEvent[] {
    const produced = queueAndAgentEvent(event, at, (linkedid) => this.calls.get(linkedid));
    if (!produced) return [];
    const { call, events } = produced;
    return this.emit(call, call.ended ? events.filter((item) => !TERMINAL_KINDS.has(item.type)) : events);
  }
}
