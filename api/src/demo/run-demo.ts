import 'reflect-metadata';
import { pino } from 'pino';
import { prepareDatabase } from '@switchboard/schema';
import { loadApiConfigOrExit } from '../config.js';
import { startApiServer } from '../server.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';

/** `npm run demo`: migrate, seed once, serve, and say where to connect. */
const config = loadApiConfigOrExit();
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'demo' } });

const { applied } = await prepareDatabase(config.DATABASE_URL);
if (applied.length > 0) logger.info({ applied }, 'migrations applied');
const server = await startApiServer(config, logger);
const seeded = await seedDemo(server.orm.em.fork());

const users = demoUsers.map((user) => `    ${user.username.padEnd(12)} ${user.role}`).join('\n');
process.stdout.write(`
  Switchboard demo ${seeded ? '(freshly seeded)' : '(already seeded)'}

  GraphQL endpoint (open it in a browser for the sandbox): ${server.url}
  Subscriptions (graphql-ws):                             ${server.url.replace(/^http/, 'ws')}
  Database: ${config.DATABASE_URL}

  Users (password for all: ${DEMO_PASSWORD}):
${users}

  Try it:
    curl -s ${server.url} -H 'content-type: application/json' \\
      -d '{"query":"mutation { login(username: \\"admin\\", password: \\"${DEMO_PASSWORD}\\") { token } }"}'
    then send "Authorization: Bearer <token>" with { campaigns { nodes { name type state } } }

  Ctrl-C stops it.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
