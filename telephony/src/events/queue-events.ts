import type { AmiEventBase } from '../ami/ami-events.js';
import type { NormalizedCallEvent } from './call-event.types.js';
import { amiEventKey, callEvent, secondsBetween, type CallState } from './call-state.js';
import { eventCallVariables } from './channel-variables.js';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const seconds = (value: unknown): number | null => {
  const parsed = Number(value);
  return value === undefined || value === '' || !Number.isFinite(parsed) ? null : Math.max(0, Math.round(parsed));
};

type FindCall = (linkedid: string) => CallState | undefined;

/**
 * Queue (app_queue), hold, transfer and recording events: each names its call by one linkedid header and
 * yields at most one log event, so they are a table rather than state-machine steps.
 */
export function queueAndAgentEvent(
  event: AmiEventBase,
  at: Date,
  findCall: FindCall,
): { call: CallState; events: NormalizedCallEvent[] } | undefined {
  const handler = HANDLERS[event.event];
  if (!handler) return undefined;
  const call = findCall(String(event[handler.linkedidHeader] ?? ''));
  if (!call) return undefined;
  const key = amiEventKey(event, text(event[handler.uniqueidHeader]) ?? undefined);
  return { call, events: handler.build(call, event, at, key) };
}

interface Handler {
  linkedidHeader: string;
  uniqueidHeader: string;
  build(call: CallState, event: AmiEventBase, at: Date, key: string): NormalizedCallEvent[];
}

const onChannel = (build: Handler['build']): Handler => ({
  linkedidHeader: 'linkedid',
  uniqueidHeader: 'uniqueid',
  build,
});

/** The agent: the member channel's SB_AGENT_ID, else the call's. */
const agentOf = (call: CallState, event: AmiEventBase) =>
  eventCallVariables(event, 'dest').SB_AGENT_ID ?? call.variables.SB_AGENT_ID ?? null;

const HANDLERS: Record<string, Handler> = {
  QueueCallerJoin: onChannel((call, event, at, key) => {
    const queue = String(event['queue'] ?? '');
    call.queue = { name: queue, enteredAt: at };
    return [callEvent(call, 'ENTERQUEUE', key, at, { data: { queue, position: seconds(event['position']) } })];
  }),
  // Logged when the caller's channel hangs up (CallState.pendingAbandon): a timeout sends it too.
  QueueCallerAbandon: onChannel((call, event, at, key) => {
    call.pendingAbandon = callEvent(call, 'ABANDON', key, at, {
      waitSeconds: seconds(event['holdtime']) ?? secondsBetween(call.queue?.enteredAt, at),
      data: { queue: text(event['queue']), position: seconds(event['position']) },
    });
    return [];
  }),
  AgentConnect: onChannel((call, event, at, key) => {
    if (call.connected) return [];
    call.connected = true;
    return [
      callEvent(call, 'CONNECT', key, at, {
        agentId: agentOf(call, event),
        waitSeconds: seconds(event['holdtime']),
        data: {
          queue: text(event['queue']),
          member: text(event['membername']),
          ringSeconds: seconds(event['ringtime']),
        },
      }),
    ];
  }),
  AgentComplete: onChannel((call, event, at, key) => {
    const reason = String(event['reason'] ?? '');
    // A transfer is logged by its own event; the call goes on with someone else.
    if (reason === 'transfer') return [];
    return [
      callEvent(call, reason === 'caller' ? 'COMPLETEOUTNUM' : 'COMPLETEAGENT', key, at, {
        agentId: agentOf(call, event),
        waitSeconds: seconds(event['holdtime']),
        durationSeconds: seconds(event['talktime']),
        data: { queue: text(event['queue']), hungUpBy: reason === 'caller' ? 'customer' : 'agent' },
      }),
    ];
  }),
  Hold: onChannel((call, event, at, key) => [
    callEvent(call, 'HOLD', key, at, {
      data: { channel: text(event['channel']), musicClass: text(event['musicclass']) },
    }),
  ]),
  Unhold: onChannel((call, event, at, key) => [
    callEvent(call, 'UNHOLD', key, at, { data: { channel: text(event['channel']) } }),
  ]),
  BlindTransfer: {
    linkedidHeader: 'transfererlinkedid',
    uniqueidHeader: 'transfereruniqueid',
    build: (call, event, at, key) => [
      callEvent(call, 'BLINDTRANSFER', key, at, {
        data: { result: text(event['result']), extension: text(event['extension']), context: text(event['context']) },
      }),
    ],
  },
  AttendedTransfer: {
    linkedidHeader: 'origtransfererlinkedid',
    uniqueidHeader: 'origtransfereruniqueid',
    // A consultation turned three-way (the agent's "Confer") is Asterisk's Threeway transfer.
    build: (call, event, at, key) => [
      callEvent(call, text(event['desttype']) === 'Threeway' ? 'CONFERENCE' : 'ATTENDEDTRANSFER', key, at, {
        data: { result: text(event['result']), destinationType: text(event['desttype']) },
      }),
    ],
  },
  MixMonitorStart: onChannel((call, event, at, key) => [
    callEvent(call, 'RECORDING_STARTED', key, at, { data: { channel: text(event['channel']) } }),
  ]),
  MixMonitorStop: onChannel((call, event, at, key) => [
    callEvent(call, 'RECORDING_STOPPED', key, at, { data: { channel: text(event['channel']) } }),
  ]),
};
