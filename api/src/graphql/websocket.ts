import type http from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Viewer } from '@switchboard/schema';
import type { GraphQLContext } from './context.js';

export interface WebSocketOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  /** Throws when the token is invalid: the connection is then refused. */
  authenticate: (authorization: unknown) => Promise<Viewer | null>;
  contextFor: (viewer: Viewer | null) => GraphQLContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * graphql-ws on the HTTP server's port and path: the token travels in connectionParams,
 * operations get the same validation rules and error formatting as over HTTP.
 */
export function attachWebSocket(options: WebSocketOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const server = useServer<{ authorization?: string }, { viewer?: Viewer | null }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await options.authenticate(ctx.connectionParams?.authorization);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => options.contextFor(ctx.extra.viewer ?? null),
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...options.validationRules]),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => options.formatError(error.toJSON(), error)) as never,
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors
          ? { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) }
          : undefined,
    },
    wsServer,
  );
  return { dispose: async () => server.dispose() };
}
