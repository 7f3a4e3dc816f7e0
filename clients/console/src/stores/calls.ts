import { defineStore } from 'pinia';
import type { CallEventType, MyCallEventsSubscription } from '../generated/graphql';
import type { AgentLive } from './agentState';
import { RecentIds } from './dedupe';

export type CallEventDelivery = MyCallEventsSubscription['callEvents'];
/** A row of the call-event log, from the subscription or the callEvents query. */
export type CallEventRow = Pick<
  CallEventDelivery,
  'eventKey' | 'occurredAt' | 'type' | 'callId' | 'agentId' | 'campaignId' | 'contactId' | 'phone'
>;

/** The agent's view of one call, from the call-event log and the agent's live state. */
export interface CallRecord {
  callId: string;
  campaignId: string | null;
  contactId: string | null;
  phone: string | null;
  /** Server time of the first event seen for the call. */
  startedAt: string;
  /** Server time the agent was connected (CONNECT), if it was. */
  connectedAt: string | null;
  endedAt: string | null;
  endType: CallEventType | null;
  onHold: boolean;
  recording: boolean;
  /** Server time of the newest event applied: older ones cannot undo it. */
  lastEventAt: string;
  lastEventType: CallEventType | null;
}

const ENDING: ReadonlySet<CallEventType> = new Set<CallEventType>([
  'COMPLETEAGENT',
  'COMPLETEOUTNUM',
  'ABANDON',
  'ABANDONWEL',
  'EXITWITHTIMEOUT',
  'CANCEL',
  'BUSY',
  'NOANSWER',
  'CHANUNAVAIL',
  'CONGESTION',
  'FAIL',
  'BLACKLIST',
  'BLINDTRANSFER',
]);

/** Ended calls kept for the screen (disposition of the last ones); older ones are forgotten. */
const KEEP_ENDED = 20;

export interface CallsState {
  byCallId: Record<string, CallRecord>;
  /** The call the agent's live state names (ringing, connected, or in ACW). */
  currentCallId: string | null;
  stale: boolean;
}

const seen = new WeakMap<object, { ids: RecentIds; keys: RecentIds }>();
function seenOf(store: object) {
  let entry = seen.get(store);
  if (!entry) seen.set(store, (entry = { ids: new RecentIds(), keys: new RecentIds(1000) }));
  return entry;
}

function newRecord(callId: string, at: string): CallRecord {
  return {
    callId,
    campaignId: null,
    contactId: null,
    phone: null,
    startedAt: at,
    connectedAt: null,
    endedAt: null,
    endType: null,
    onHold: false,
    recording: false,
    lastEventAt: at,
    lastEventType: null,
  };
}

export const useCallsStore = defineStore('calls', {
  state: (): CallsState => ({ byCallId: {}, currentCallId: null, stale: false }),
  getters: {
    current(state): CallRecord | null {
      if (state.stale || !state.currentCallId) return null;
      return state.byCallId[state.currentCallId] ?? null;
    },
    recent(state): CallRecord[] {
      return Object.values(state.byCallId).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    },
  },
  actions: {
    /**
     * One callEvents delivery. Duplicates are dropped by delivery id and by the log's eventKey;
     * an event older than the newest applied still fills blanks but does not flip hold/recording.
     */
    receive(event: CallEventDelivery, myAgentId: string | null): boolean {
      if (!seenOf(this).ids.add(event.id)) return false;
      const mine = event.callId === this.currentCallId || (event.agentId !== null && event.agentId === myAgentId);
      if (!mine && !this.byCallId[event.callId]) return false;
      return this.applyRow(event);
    },
    /**
     * The log of a call (the callEvents query), after a reload or a reconnect: the events missed
     * while away are applied; those already seen (same eventKey) are skipped.
     */
    replay(rows: readonly CallEventRow[]) {
      const ordered = [...rows].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
      for (const row of ordered) this.applyRow(row);
    },
    applyRow(event: CallEventRow): boolean {
      if (!seenOf(this).keys.add(event.eventKey)) return false;
      const record = (this.byCallId[event.callId] ??= newRecord(event.callId, event.occurredAt));
      record.campaignId ??= event.campaignId ?? null;
      record.contactId ??= event.contactId ?? null;
      record.phone ??= event.phone ?? null;
      if (event.occurredAt < record.startedAt) record.startedAt = event.occurredAt;
      if (event.occurredAt < record.lastEventAt) return true;
      record.lastEventAt = event.occurredAt;
      record.lastEventType = event.type;
      applyType(record, event.type, event.occurredAt);
      this.forgetOldEnded();
      return true;
    },
    /** The agent's live state names the current call; a call it no longer names is not current. */
    followAgent(agent: AgentLive | null) {
      const callId = agent?.callId ?? null;
      this.currentCallId = callId;
      if (callId && agent) {
        const record = (this.byCallId[callId] ??= newRecord(callId, agent.since));
        record.campaignId = agent.callCampaignId ?? record.campaignId;
        record.contactId = agent.contactId ?? record.contactId;
        record.phone = agent.phone ?? record.phone;
      }
      this.stale = false;
    },
    markStale() {
      this.stale = true;
    },
    forgetOldEnded() {
      const ended = Object.values(this.byCallId)
        .filter((call) => call.endedAt && call.callId !== this.currentCallId)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      for (const call of ended.slice(KEEP_ENDED)) delete this.byCallId[call.callId];
    },
    clear() {
      this.byCallId = {};
      this.currentCallId = null;
      this.stale = false;
      seenOf(this).ids.clear();
      seenOf(this).keys.clear();
    },
  },
});

function applyType(record: CallRecord, type: CallEventType, at: string): void {
  if (type === 'CONNECT' || type === 'ANSWER') record.connectedAt ??= at;
  if (type === 'HOLD') record.onHold = true;
  if (type === 'UNHOLD') record.onHold = false;
  if (type === 'RECORDING_STARTED') record.recording = true;
  if (type === 'RECORDING_STOPPED') record.recording = false;
  if (ENDING.has(type)) {
    record.endedAt ??= at;
    record.endType ??= type;
    record.onHold = false;
  }
}
