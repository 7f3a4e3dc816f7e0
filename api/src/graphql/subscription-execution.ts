import {
  createSourceEventStream,
  execute,
  getOperationAST,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { ApiMetrics } from '../observability/api-metrics.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** graphql-ws's `execute` (queries and mutations over the WebSocket), timed like the HTTP ones. */
export function timedExecute(metrics: ApiMetrics) {
  return async (args: ExecutionArgs): Promise<ExecutionResult> => {
    const startedAt = process.hrtime.bigint();
    try {
      return await execute(args);
    } finally {
      const operation = getOperationAST(args.document, args.operationName);
      metrics.operationDuration.observe(
        { transport: 'ws', type: operation?.operation ?? 'unknown', field: rootFieldOf(args) },
        Number(process.hrtime.bigint() - startedAt) / 1e9,
      );
    }
  };
}

/** The first root field of the operation: the subscription's "type" in metrics and sharing. */
export function rootFieldOf(args: Pick<ExecutionArgs, 'document' | 'operationName'>): string {
  const operation = getOperationAST(args.document, args.operationName);
  const first = operation?.selectionSet.selections[0];
  return first?.kind === 'Field' ? first.name.value : 'unknown';
}

function occurredAtOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { kind, occurredAt } = payload as { kind?: unknown; occurredAt?: unknown };
  if (kind === 'SNAPSHOT') return null;
  if (occurredAt instanceof Date) return occurredAt.getTime();
  return typeof occurredAt === 'string' ? Date.parse(occurredAt) : null;
}

/**
 * graphql-ws's `subscribe`, executing the selection once per event for all the subscribers that
 * share a document and variables, for the root fields whose events are built for the viewer's
 * scope before they reach GraphQL (so that the same event object reaching two subscribers means
 * they may see the same thing, and field resolvers read nothing of the viewer).
 * The result is cached on the event object (a WeakMap: gone with the event).
 *
 * It also counts running subscriptions by field and observes delivery latency (the event's
 * occurredAt to the result being handed to the socket).
 */
export function createSubscribe(shareable: ReadonlySet<string>, metrics: ApiMetrics) {
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const field = rootFieldOf(args);
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const key = shareable.has(field)
      ? `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`
      : null;
    const executeFor = (payload: unknown): Result => {
      if (key === null || typeof payload !== 'object' || payload === null)
        return execute({ ...args, rootValue: payload });
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) byKey.set(key, (result = execute({ ...args, rootValue: payload })));
      return result;
    };
    const active = metrics.activeSubscriptions.labels(field);
    const latency = metrics.deliveryLatency.labels(field);
    active.inc();
    let ended = false;
    const end = () => {
      if (!ended) active.dec();
      ended = true;
    };
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        try {
          const { value, done } = await source.next();
          if (done) {
            end();
            return { value: undefined, done: true };
          }
          const result = await executeFor(value);
          const occurredAt = occurredAtOf(value);
          if (occurredAt !== null) latency.observe(Math.max(0, Date.now() - occurredAt) / 1000);
          return { value: result, done: false };
        } catch (error) {
          end();
          throw error;
        }
      },
      async return() {
        end();
        await source.return?.();
        return { value: undefined, done: true };
      },
      async throw(error: unknown) {
        end();
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return mapped;
      },
    };
    return mapped;
  };
}
