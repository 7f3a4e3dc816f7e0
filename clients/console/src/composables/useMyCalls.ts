import { ref } from 'vue';
import { MyCallsDocument, type MyCallsQuery } from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/** The agent's calls since local midnight, newest first (the server's day is UTC's). */
export type MyCall = MyCallsQuery['myCalls']['nodes'][number];

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
