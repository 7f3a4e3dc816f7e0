import 'reflect-metadata';
import { Redis } from 'ioredis';
import { z } from 'zod';
import {
  AccountRecovery,
  ConfigError,
  coreEnvironment,
  DomainError,
  EventBus,
  LoginThrottle,
  openDatabase,
  parseEnvironment,
} from '@switchboard/schema';
import { readNewPassword } from './read-password.js';

/**
 * Operators' recovery when no administrator can log in (three failed logins lock anyone):
 *   npm run user:unlock -- <username>
 *   npm run user:reset-password -- <username>    (new password: prompt, stdin, or SWITCHBOARD_NEW_PASSWORD)
 * Talks to the database and Redis of the deployment (DATABASE_URL, REDIS_URL, REDIS_PREFIX), with
 * the rules the API applies: the password policy, tokens revoked, open sockets closed.
 */
const environment = {
  ...coreEnvironment,
  /** For scripts; prefer stdin, since a process's environment is readable by its user. */
  SWITCHBOARD_NEW_PASSWORD: z.string().optional(),
};

const USAGE = 'usage: user-admin unlock <username> | user-admin reset-password <username>\n';

function fail(message: string, code: number): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(code);
}

function loadConfig() {
  try {
    return parseEnvironment(environment, process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 78);
    throw error;
  }
}

async function main(): Promise<void> {
  const [command, username, ...extra] = process.argv.slice(2);
  if (!username || extra.length > 0 || (command !== 'unlock' && command !== 'reset-password')) fail(USAGE, 64);
  const config = loadConfig();
  const password =
    command === 'reset-password'
      ? await readNewPassword(config.SWITCHBOARD_NEW_PASSWORD).catch((error: Error) => fail(error.message, 1))
      : null;
  const orm = await openDatabase(config.DATABASE_URL);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX);
  const recovery = new AccountRecovery({ throttle: new LoginThrottle(redis, config.REDIS_PREFIX), events });
  try {
    const em = orm.em.fork();
    const user =
      password === null ? await recovery.unlock(em, username) : await recovery.resetPassword(em, username, password);
    await events.flush();
    const done = password === null ? 'unlocked' : 'has a new password, is unlocked, and its old tokens are revoked';
    process.stdout.write(`${user.username} ${done}\n`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.exitCode = 1;
    process.stderr.write(`${error.message}\n`);
  } finally {
    await events.close();
    redis.disconnect();
    await orm.close(true);
  }
}

await main();
