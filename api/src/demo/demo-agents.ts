import 'reflect-metadata';
import { z } from 'zod';
import { pino } from 'pino';
import { AgentProfile, ConfigError, coreEnvironment, openDatabase, parseEnvironment } from '@switchboard/schema';
import { loadTelephonyConfig, startTestPhone, type TestPhone } from '@switchboard/telephony';
import { AgentBot } from './agent-bot.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';

/**
 * `npm run demo`'s agents: registers a SIP test phone for each demo agent (it answers whatever
 * rings and talks for a while) and starts a bot per agent that works through the GraphQL API.
 */
const environment = {
  ...coreEnvironment,
  SWITCHBOARD_URL: z.url().default('http://127.0.0.1:4000/graphql'),
};

let config: z.infer<z.ZodObject<typeof environment>>;
try {
  config = parseEnvironment(environment, process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(78);
}
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'demo-agents' } });
const telephony = loadTelephonyConfig();
const orm = await openDatabase(config.DATABASE_URL);

/**
 * Registers a test phone, trying again while Asterisk does not know the endpoint yet: the
 * telephony-config worker, started a moment before, may still be writing the configuration.
 */
async function registeredPhone(options: Parameters<typeof startTestPhone>[1]): Promise<TestPhone> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTestPhone(telephony, options, logger);
    } catch (error) {
      if (attempt >= 60) throw error;
      logger.debug({ err: error, phone: options.name }, 'phone not registered yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

// agent1 is left to a person at the console.
const agents = demoUsers.filter((user) => user.role === 'AGENT' && !('console' in user && user.console));
const phones: TestPhone[] = [];
const bots: AgentBot[] = [];
for (const [index, agent] of agents.entries()) {
  const profile = await orm.em.fork().findOneOrFail(AgentProfile, { user: { username: agent.username } });
  phones.push(
    await registeredPhone({
      name: String(profile.sipExtension),
      password: profile.sipSecret,
      // Each agent talks for its own while; the customer may hang up first.
      talkSeconds: 25 + index * 9,
      answerAfterMs: 600,
      lifetimeSeconds: 24 * 3600,
    }),
  );
  const bot = new AgentBot({ url: config.SWITCHBOARD_URL, username: agent.username, password: DEMO_PASSWORD, logger });
  await bot.start();
  bots.push(bot);
}
process.stdout.write(`  ${bots.length} demo agents are working; watch them with agentStateChanged.\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.allSettled([...bots.map((bot) => bot.stop()), ...phones.map((phone) => phone.stop())])
      .then(() => orm.close(true))
      .then(() => process.exit(0));
  });
}
