import type { CurrentCallHistoryQuery } from '../generated/graphql';
import type { AgentLive } from '../stores/agentState';
import type { CallEventDelivery } from '../stores/calls';

let counter = 0;

export function agentLive(overrides: Partial<AgentLive> = {}): AgentLive {
  return {
    agentId: 'agent-1',
    userId: 'user-1',
    username: 'agent1',
    groupId: 'group-1',
    sipExtension: 1001,
    state: 'READY',
    since: '2026-12-02T10:00:00.000Z',
    version: 1,
    loggedInAt: '2026-12-02T09:00:00.000Z',
    pauseId: null,
    pauseName: null,
    autoUnpauseAt: null,
    dispositionPending: false,
    phoneRegistered: true,
    campaignIds: ['campaign-1'],
    callId: null,
    callCampaignId: null,
    contactId: null,
    phone: null,
    ...overrides,
  } as AgentLive;
}

export function callEvent(overrides: Partial<CallEventDelivery> = {}): CallEventDelivery {
  counter += 1;
  return {
    id: `delivery-${counter}`,
    kind: 'CHANGE',
    eventKey: `key-${counter}`,
    occurredAt: '2026-12-02T10:00:00.000Z',
    type: 'CONNECT',
    callId: 'call-1',
    agentId: 'agent-1',
    campaignId: 'campaign-1',
    contactId: 'contact-1',
    phone: '5551234',
    data: {},
    durationSeconds: null,
    waitSeconds: null,
    recording: null,
    ...overrides,
  } as CallEventDelivery;
}

/** The same event as a row of the callEvents query (the log). */
export function logRow(event: CallEventDelivery): CurrentCallHistoryQuery['callEvents']['nodes'][number] {
  const { id, eventKey, occurredAt, type, callId, agentId, campaignId, contactId, phone } = event;
  return { id, eventKey, occurredAt, type, callId, agentId, campaignId, contactId, phone };
}
