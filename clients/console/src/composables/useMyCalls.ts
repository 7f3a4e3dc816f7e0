import { ref } from 'vue';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/**
 * The agent's calls today. The server's `myCalls` is being added in parallel: until it is in the
 * schema, the operation lives in operations/my-calls.graphql.pending and is typed by hand here.
 */
export interface MyCall {
  callId: string;
  startedAt: string;
  direction: string;
  phone: string | null;
  campaign: { id: string; name: string } | null;
  contactId: string | null;
  durationSeconds: number | null;
  outcome: string | null;
}

const MyCallsDocument = parse(`
  query MyCalls($from: DateTime) {
    myCalls(from: $from) {
      nodes { callId startedAt direction phone campaign { id name } contactId durationSeconds outcome }
    }
  }
`) as TypedDocumentNode<{ myCalls: { nodes: MyCall[] } }, { from?: string | null }>;

export function startOfToday(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

export function useMyCalls() {
  const api = useRequester();
  const calls = ref<MyCall[]>([]);
  const load = useAction(async () => {
    calls.value = (await api.request(MyCallsDocument, { from: startOfToday() })).myCalls.nodes;
  });
  return { calls, load };
}
