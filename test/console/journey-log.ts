// What a journey checks outside the browser: the live state the server holds for the agent and
// the log an administrator reads afterwards (call events, agent activities).
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';

export interface LiveState {
  agentId: string;
  state: string;
  pauseId: string | null;
  callId: string | null;
  contactId: string | null;
  dispositionPending: boolean;
}

const LIVE = 'agentId state pauseId callId contactId dispositionPending';

export async function myAgentState(url: string, token: string): Promise<LiveState> {
  return ok(await graphql<{ myAgentState: LiveState }>(url, `{ myAgentState { ${LIVE} } }`, {}, token)).myAgentState;
}

/** Waits until the server's live state for the agent matches `expected`. */
export function liveStateBecomes(url: string, token: string, expected: Partial<LiveState>): Promise<LiveState> {
  return pollUntil(
    () => myAgentState(url, token),
    (state) => Object.entries(expected).every(([key, value]) => state[key as keyof LiveState] === value),
    { what: `live state ${JSON.stringify(expected)}` },
  );
}

/** The agent as a supervisor sees it in `agentStates` of one campaign. */
export async function supervisedState(url: string, token: string, campaignId: string, agentId: string) {
  const { agentStates } = ok(
    await graphql<{ agentStates: LiveState[] }>(
      url,
      `query ($c: ID) { agentStates(campaignId: $c) { ${LIVE} } }`,
      { c: campaignId },
      token,
    ),
  );
  return agentStates.find((state) => state.agentId === agentId);
}

/** The call's events in order, as an administrator reads them. */
export async function callEventTypes(url: string, adminToken: string, filter: { callId?: string; agentId?: string }) {
  const { callEvents } = ok(
    await graphql<{ callEvents: { nodes: Array<{ type: string; callId: string }> } }>(
      url,
      'query ($filter: CallEventFilter) { callEvents(first: 200, filter: $filter) { nodes { type callId } } }',
      { filter },
      adminToken,
    ),
  );
  return callEvents.nodes.map((event) => event.type);
}

/** The agent's sessions, pauses and unpauses, as an administrator reads them. */
export async function agentActivities(url: string, adminToken: string, agentId: string) {
  const { agentActivities } = ok(
    await graphql<{ agentActivities: { nodes: Array<{ type: string; pauseId: string | null }> } }>(
      url,
      'query ($a: ID) { agentActivities(first: 100, filter: { agentId: $a }) { nodes { type pauseId occurredAt } } }',
      { a: agentId },
      adminToken,
    ),
  );
  return agentActivities.nodes.map((row) => `${row.type}${row.pauseId ? `:${row.pauseId}` : ''}`);
}
