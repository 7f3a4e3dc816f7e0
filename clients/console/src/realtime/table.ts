import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  MyAgentStateChangedDocument,
  MyCallEventsDocument,
  type MyAgentStateChangedSubscription,
  type MyAgentStateChangedSubscriptionVariables,
  type MyCallEventsSubscription,
  type MyCallEventsSubscriptionVariables,
} from '../generated/graphql';
import type { useAgentStateStore } from '../stores/agentState';
import type { useCallsStore } from '../stores/calls';
import type { useConnectionStore } from '../stores/connection';
import type { useSupervisedAgentsStore } from '../stores/supervision';

export interface RealtimeStores {
  agentState: ReturnType<typeof useAgentStateStore>;
  calls: ReturnType<typeof useCallsStore>;
  connection: ReturnType<typeof useConnectionStore>;
  /** The supervision area's agents grid (supervisors only). */
  supervisedAgents?: ReturnType<typeof useSupervisedAgentsStore>;
}

export interface RealtimeContext {
  /** The logged-in agent's agentId (from myAgentState). */
  agentId: string;
  stores: RealtimeStores;
}

export interface RealtimeEntry<R = unknown, V = unknown> {
  name: string;
  document: TypedDocumentNode<R, V>;
  variables: (context: RealtimeContext) => V;
  /** Subscription data -> store actions. Nothing else writes live data into the stores. */
  apply: (data: R, context: RealtimeContext) => void;
}

function entry<R, V>(definition: RealtimeEntry<R, V>): RealtimeEntry {
  return definition as unknown as RealtimeEntry;
}

/** THE table: every subscription the console holds, and the store action each delivery feeds. */
export const realtimeTable: readonly RealtimeEntry[] = [
  entry<MyAgentStateChangedSubscription, MyAgentStateChangedSubscriptionVariables>({
    name: 'agentStateChanged',
    document: MyAgentStateChangedDocument,
    variables: ({ agentId }) => ({ agentId }),
    apply: ({ agentStateChanged: event }, { stores }) => {
      stores.connection.observeServerTime(event.occurredAt);
      // SNAPSHOT replaces (and ends staleness), CHANGE applies when newer, duplicates dropped.
      if (stores.agentState.receive(event) && event.agent.agentId === stores.agentState.myAgentId) {
        stores.calls.followAgent(stores.agentState.lastKnown);
      }
    },
  }),
  entry<MyCallEventsSubscription, MyCallEventsSubscriptionVariables>({
    name: 'callEvents',
    document: MyCallEventsDocument,
    variables: () => ({}),
    apply: ({ callEvents: event }, { stores }) => {
      // CHANGE only (no snapshot): the live state's callId tells which call is current.
      stores.calls.receive(event, stores.agentState.myAgentId);
    },
  }),
];
