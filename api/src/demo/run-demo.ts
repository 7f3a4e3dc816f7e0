import 'reflect-metadata';
import { pino } from 'pino';
import { openDatabase, prepareDatabase } from '@switchboard/schema';
import { apiTelephonyConfig } from '../resolvers/telephony-credentials.settings.js';
import { loadApiConfigOrExit } from '../config.js';
import { startApiServer } from '../server.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';

/** `npm run demo`: migrate, seed once, serve, and say where to connect. */
const config = loadApiConfigOrExit();
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'demo' } });

const { applied } = await prepareDatabase(config.DATABASE_URL);
if (applied.length > 0) logger.info({ applied }, 'migrations applied');
// Seeded before the api listens, so that whatever waits for /health finds the demo there.
const orm = await openDatabase(config.DATABASE_URL);
const seeded = await seedDemo(orm.em.fork(), { pstnPort: apiTelephonyConfig().PBX_PSTN_PORT });
await orm.close(true);
const server = await startApiServer(config, logger);

const users = demoUsers.map((user) => `    ${user.username.padEnd(12)} ${user.role}`).join('\n');
process.stdout.write(`
  Switchboard demo ${seeded ? '(freshly seeded)' : '(already seeded)'}

  Agent console (log in as agent1):                       ${server.url.replace(/\/graphql$/, '/')}
  GraphQL endpoint (open it in a browser for GraphiQL):   ${server.url}
  Subscriptions (graphql-ws):                             ${server.url.replace(/^http/, 'ws')}
  Database: ${config.DATABASE_URL}

  Users (password for all: ${DEMO_PASSWORD}):
${users}

  Try it:
    curl -s ${server.url} -H 'content-type: application/json' \\
      -d '{"query":"mutation { login(username: \\"admin\\", password: \\"${DEMO_PASSWORD}\\") { token } }"}'
    then send "Authorization: Bearer <token>" with { campaigns { nodes { name type state } } }

  The contact center runs by itself: four demo agents (bots with SIP test phones) log in, take
  the calls the dialer places for "Predictive collections" to the fake PSTN, disposition them
  and pause now and then; agent1 is yours, in the console's webphone. Watch them as the supervisor:
    subscription { agentStateChanged { kind agent { username state pauseName phone } } }
  A customer can also call the inbound campaign: its DID is 5556000.

  Ctrl-C stops it.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
