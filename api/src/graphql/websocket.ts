import type http from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type EventBus, type Session, type Viewer } from '@switchboard/schema';
import type { GraphQLContext } from './context.js';
import { authenticationError } from './authentication.js';
import { operationLimitErrors, type OperationLimits } from './query-limits.js';
import { CLOSE_TOKEN_INVALID, closeReason, SocketSessions } from './socket-sessions.js';
import { bearerToken } from '../http/authenticate.js';
import { countErrors, countSockets, type ApiMetrics } from '../observability/api-metrics.js';
import { createSubscribe, timedExecute } from './subscription-execution.js';

/**
 * Subscriptions whose events are built for the subscriber's scope before GraphQL sees them,
 * with field resolvers that read nothing of the viewer: one execution per event serves every
 * subscriber with the same document and variables (subscription-execution.ts).
 */
export const SHARED_EXECUTION_FIELDS: ReadonlySet<string> = new Set(['agentStateChanged', 'campaignCountersChanged']);

export interface WebSocketOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  limits: OperationLimits;
  /** Verifies a token against the user as it is now; throws a DomainError when it does not hold. */
  session: (token: string) => Promise<Session>;
  /** The client's address from the upgrade request, as express computes req.ip. */
  clientAddress: (request: http.IncomingMessage) => string | null;
  contextFor: (viewer: Viewer | null, clientAddress: string | null) => GraphQLContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  events: EventBus;
  logger: Logger;
  metrics: ApiMetrics;
}

interface SocketState {
  token: string | null;
  clientAddress: string | null;
}

/**
 * graphql-ws on the HTTP server's port and path. The token travels in connectionParams and is
 * verified at connect AND before every operation, which runs with a viewer built for it (as over
 * HTTP); the same validation, depth and cost limits and error formatting as over HTTP apply.
 * Sockets whose token expires or is revoked are closed (see SocketSessions for the codes).
 */
export function attachWebSocket(options: WebSocketOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const sessions = new SocketSessions(options.session, options.events, options.logger);
  const { metrics } = options;
  countSockets(wsServer, metrics);
  const server = useServer<Record<string, unknown> | undefined, Partial<SocketState>>(
    {
      schema: options.schema,
      // Close reasons never carry internal error messages, whatever NODE_ENV says.
      isProd: true,
      subscribe: createSubscribe(SHARED_EXECUTION_FIELDS, metrics),
      execute: timedExecute(metrics),
      onConnect: async (ctx) => {
        ctx.extra.clientAddress = options.clientAddress(ctx.extra.request);
        // Either case: GraphiQL's headers editor sends what the user typed.
        ctx.extra.token = bearerToken(
          ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization'],
        );
        if (!ctx.extra.token) return true;
        try {
          sessions.track(ctx.extra.socket, ctx.extra.token, await options.session(ctx.extra.token));
          return true;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          // 4401, not graphql-ws's 4403 (which clients retry): the same token will never do.
          ctx.extra.socket.close(CLOSE_TOKEN_INVALID, closeReason(error.message));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let viewer: Viewer | null = null;
        if (ctx.extra.token) {
          try {
            viewer = (await options.session(ctx.extra.token)).viewer;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            sessions.revoked(ctx.extra.socket, error.message);
            return [authenticationError(error)];
          }
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const invalid = validate(options.schema, document, specifiedRules);
        if (invalid.length > 0) return invalid;
        const request = { document, operationName: payload.operationName, variables: payload.variables };
        const overLimits = operationLimitErrors(options.schema, options.limits, request);
        if (overLimits.length > 0) return overLimits;
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.contextFor(viewer, ctx.extra.clientAddress ?? null),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        const formatted = errors.map((error) => options.formatError(error.toJSON(), error));
        countErrors(metrics, 'ws', formatted);
        return formatted as never;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors) return undefined;
        const errors = result.errors.map((error) => options.formatError(error.toJSON(), error));
        countErrors(metrics, 'ws', errors);
        return { ...result, errors };
      },
    },
    wsServer,
  );
  return {
    dispose: async () => {
      await sessions.close();
      await server.dispose();
    },
  };
}
