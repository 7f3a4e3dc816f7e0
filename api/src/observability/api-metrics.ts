import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { WebSocketServer } from 'ws';
import { createMetricsRegistry } from '@switchboard/schema';

/** The api's own metrics, on its registry (docs/metrics-api.md says what each means). */
export interface ApiMetrics {
  registry: Registry;
  openSockets: Gauge;
  activeSubscriptions: Gauge<'field'>;
  deliveryLatency: Histogram<'field'>;
  operationDuration: Histogram<'transport' | 'type' | 'field'>;
  operationErrors: Counter<'transport' | 'code'>;
}

export type Transport = 'http' | 'ws';

export function createApiMetrics(): ApiMetrics {
  const registry = createMetricsRegistry('api');
  return {
    registry,
    openSockets: new Gauge({
      name: 'switchboard_api_websockets_open',
      help: 'GraphQL WebSockets open on this api process',
      registers: [registry],
    }),
    activeSubscriptions: new Gauge({
      name: 'switchboard_api_subscriptions_active',
      help: 'GraphQL subscriptions running on this api process, by root field',
      labelNames: ['field'],
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'switchboard_api_subscription_delivery_seconds',
      help: "From an event's occurredAt (its publisher's clock) to its result being sent on a WebSocket",
      labelNames: ['field'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: 'switchboard_api_graphql_operation_duration_seconds',
      help: 'GraphQL queries and mutations (and subscription set-up), from request to response',
      labelNames: ['transport', 'type', 'field'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    operationErrors: new Counter({
      name: 'switchboard_api_graphql_errors_total',
      help: 'GraphQL errors returned, by extensions.code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, ...)',
      labelNames: ['transport', 'code'],
      registers: [registry],
    }),
  };
}

/** Keeps the open-sockets gauge of a WebSocket server. */
export function countSockets(server: WebSocketServer, metrics: ApiMetrics): void {
  server.on('connection', (socket) => {
    metrics.openSockets.inc();
    socket.once('close', () => metrics.openSockets.dec());
  });
}

/** Counts the errors of one response by their (formatted) code. */
export function countErrors(
  metrics: ApiMetrics,
  transport: Transport,
  errors: readonly GraphQLFormattedError[] | undefined,
): void {
  for (const error of errors ?? []) {
    const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
    metrics.operationErrors.inc({ transport, code });
  }
}

/** Operation durations and errors of HTTP requests (the WebSocket server observes its own). */
export function operationMetricsPlugin(metrics: ApiMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const startedAt = process.hrtime.bigint();
      let type = 'unknown';
      let field = 'unknown';
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          type = operation.operation;
          const first = operation.selectionSet.selections[0];
          if (first?.kind === 'Field') field = first.name.value;
        },
        async willSendResponse({ response }) {
          metrics.operationDuration.observe(
            { transport: 'http', type, field },
            Number(process.hrtime.bigint() - startedAt) / 1e9,
          );
          if (response.body.kind === 'single') countErrors(metrics, 'http', response.body.singleResult.errors);
        },
      };
    },
  };
}
