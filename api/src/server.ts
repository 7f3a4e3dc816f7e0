import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, EventBus, openDatabase, type Orm, type Viewer } from '@switchboard/schema';
import type { ApiConfig } from './config.js';
import { buildApiSchema } from './graphql/build-schema.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { complexityLimitPlugin, depthLimitRule } from './graphql/query-limits.js';
import { attachWebSocket } from './graphql/websocket.js';
import { bearerToken } from './http/authenticate.js';
import { createServices, type Services } from './services.js';
import type { GraphQLContext } from './graphql/context.js';
import { createExportRouter } from './http/export.routes.js';
import { createCsvUploadRouter } from './http/csv-upload.routes.js';
import { createRecordingsRouter } from './http/recordings.routes.js';
import { recordingsHostDirectory } from '@switchboard/telephony';
import { apiTelephonyConfig } from './resolvers/telephony-credentials.settings.js';

export interface ApiServer {
  url: string;
  port: number;
  orm: Orm;
  events: EventBus;
  close(): Promise<void>;
}

/** Turns a token into a viewer, or a GraphQL error with the UNAUTHENTICATED code. */
async function viewerFor(services: Services, orm: Orm, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  try {
    return await services.auth.authenticate(orm.em.fork(), token);
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, {
        extensions: { code: error.kind, reason: error.code, http: { status: 401 } },
      });
    }
    throw error;
  }
}

export async function startApiServer(config: ApiConfig, logger: Logger): Promise<ApiServer> {
  const orm = await openDatabase(config.DATABASE_URL);
  const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX);
  const services = createServices(config, events, logger);
  const schema = await buildApiSchema();

  const app = express();
  const httpServer = http.createServer(app);
  const validationRules = [depthLimitRule(config.GRAPHQL_MAX_DEPTH)];

  const formatError = createErrorFormatter(logger);
  const contextFor = (viewer: Viewer | null): GraphQLContext => ({
    em: orm.em.fork(),
    viewer,
    events,
    services,
    logger,
  });
  const authenticate = (authorization: unknown) => viewerFor(services, orm, bearerToken(authorization));
  const webSocket = attachWebSocket({ httpServer, schema, validationRules, authenticate, contextFor, formatError });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules,
    formatError,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimitPlugin(schema, config.GRAPHQL_MAX_COMPLEXITY),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await webSocket.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use('/exports', createExportRouter({ orm, events, services, logger }));
  const uploadLimits = {
    maxBytes: config.IMPORT_MAX_BYTES,
    ttlHours: config.IMPORT_UPLOAD_TTL_HOURS,
    spoolDirectory: config.IMPORT_SPOOL_DIR,
  };
  app.use('/uploads', createCsvUploadRouter({ orm, events, services, logger }, uploadLimits));
  app.use(
    '/recordings',
    createRecordingsRouter({ orm, events, services, logger }, recordingsHostDirectory(apiTelephonyConfig())),
  );
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await authenticate(req.headers.authorization)),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.API_PORT, config.API_HOST, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.API_HOST}:${port}/graphql`;
  logger.info({ url }, 'api listening');

  return {
    url,
    port,
    orm,
    events,
    async close() {
      await apollo.stop();
      await services.close();
      await events.close();
      await orm.close(true);
    },
  };
}
