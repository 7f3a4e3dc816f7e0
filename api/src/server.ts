import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import proxyAddress from 'proxy-addr';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { EventBus, eventBusLogging, openDatabase, type Orm, type Viewer } from '@switchboard/schema';
import type { ApiConfig } from './config.js';
import { buildApiSchema } from './graphql/build-schema.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { operationLimitsPlugin, type OperationLimits } from './graphql/query-limits.js';
import type { GraphQLSchema } from 'graphql';
import { sessionFor } from './graphql/authentication.js';
import { throttledLoginPlugin } from './graphql/throttled-login.js';
import { attachWebSocket } from './graphql/websocket.js';
import { bearerToken } from './http/authenticate.js';
import { createServices } from './services.js';
import type { GraphQLContext } from './graphql/context.js';
import { createExportRouter } from './http/export.routes.js';
import { createCsvUploadRouter } from './http/csv-upload.routes.js';
import { createRecordingsRouter } from './http/recordings.routes.js';
import { createAudioRouter } from './http/audio.routes.js';
import { createExplorerRouter } from './http/explorer.routes.js';
import { createConsoleRouter } from './http/console.routes.js';
import { createMetricsRouter } from './http/metrics.routes.js';
import { createRestV1Router } from './http/rest-v1/rest-v1.router.js';
import { recordingsHostDirectory } from '@switchboard/telephony';
import { apiTelephonyConfig } from './resolvers/telephony-credentials.settings.js';
import { createApiMetrics, operationMetricsPlugin, type ApiMetrics } from './observability/api-metrics.js';

export interface ApiServer {
  url: string;
  port: number;
  orm: Orm;
  events: EventBus;
  close(): Promise<void>;
}

interface ApolloParts {
  schema: GraphQLSchema;
  formatError: ReturnType<typeof createErrorFormatter>;
  limits: OperationLimits;
  httpServer: http.Server;
  webSocket: { dispose(): Promise<void> };
  metrics: ApiMetrics;
}

function createApollo({ schema, formatError, limits, httpServer, webSocket, metrics }: ApolloParts) {
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    // Never, whatever NODE_ENV says (Apollo adds them unless it is production or test).
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Its default page loads Apollo Sandbox from a CDN; /graphql in a browser is GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(schema, limits),
      throttledLoginPlugin(),
      operationMetricsPlugin(metrics),
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
}

export async function startApiServer(config: ApiConfig, logger: Logger): Promise<ApiServer> {
  const orm = await openDatabase(config.DATABASE_URL);
  const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX, eventBusLogging(logger));
  const services = createServices(config, events, logger);
  const schema = await buildApiSchema();
  const metrics = createApiMetrics();

  const app = express();
  // Who may say who the client is (X-Forwarded-For): req.ip, and the login throttle, follow it.
  app.set('trust proxy', config.API_TRUST_PROXY);
  const trustProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const httpServer = http.createServer(app);
  const limits = { maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: config.GRAPHQL_MAX_COMPLEXITY };

  const formatError = createErrorFormatter(logger);
  const contextFor = (viewer: Viewer | null, clientAddress: string | null): GraphQLContext => ({
    em: orm.em.fork(),
    viewer,
    events,
    services,
    logger,
    clientAddress,
  });
  const authenticate = async (authorization: unknown) => {
    const token = bearerToken(authorization);
    return token ? (await sessionFor(services, orm, token)).viewer : null;
  };
  const webSocket = attachWebSocket({
    httpServer,
    schema,
    limits,
    session: (token) => services.auth.session(orm.em.fork(), token),
    // The upgrade request never reaches express: proxy-addr is what express computes req.ip with.
    clientAddress: (request) => (request.socket.remoteAddress ? proxyAddress(request, trustProxy) : null),
    contextFor,
    formatError,
    events,
    logger,
    metrics,
  });

  const apollo = createApollo({ schema, formatError, limits, httpServer, webSocket, metrics });
  await apollo.start();

  app.get('/health', (_request, response) => response.json({ status: 'ok' }));
  app.use(createMetricsRouter(metrics, config.METRICS_TOKEN));
  const routes = { orm, events, services, logger };
  app.use('/exports', createExportRouter(routes));
  app.use(createAudioRouter(routes, config.AUDIO_MAX_BYTES));
  const uploadLimits = {
    maxBytes: config.IMPORT_MAX_BYTES,
    ttlHours: config.IMPORT_UPLOAD_TTL_HOURS,
    spoolDirectory: config.IMPORT_SPOOL_DIR,
  };
  app.use('/uploads', createCsvUploadRouter(routes, uploadLimits));
  app.use('/recordings', createRecordingsRouter(routes, recordingsHostDirectory(apiTelephonyConfig())));
  // OMniLeads' REST dialect for CRMs integrated with it (README: CRM bridge).
  app.use('/api/v1', cors<cors.CorsRequest>(), createRestV1Router(routes));
  app.use(createExplorerRouter());
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await authenticate(req.headers.authorization), req.ip ?? null),
    }),
  );

  app.use(createConsoleRouter(config.CONSOLE_DIR));

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
