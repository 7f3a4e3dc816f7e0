import { inject } from 'vitest';
import { pino } from 'pino';
import { loadApiConfig } from '../../api/src/config.js';
import { startApiServer, type ApiServer } from '../../api/src/server.js';
import { openDatabase, type Orm } from '@switchboard/schema';

export const TEST_TOKEN_SECRET = 'test-secret-test-secret-test-secret-0123';

/** Config the way an operator would give it, pointed at this run's database and Redis prefix. */
export function testEnvironment(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: inject('redisPrefix'),
    API_PORT: '0',
    AUTH_TOKEN_SECRET: TEST_TOKEN_SECRET,
    // Every test logs in from 127.0.0.1, in parallel files sharing the run's Redis prefix: the
    // per-address throttle would mix them up. test/api/login-throttle.test.ts sets its own.
    LOGIN_THROTTLE_ADDRESS_FREE_FAILURES: '1000',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    ...overrides,
  };
}

/** An api on a free port, in this process. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<ApiServer> {
  const config = loadApiConfig(testEnvironment(overrides));
  return startApiServer(config, pino({ level: config.LOG_LEVEL }));
}

/** For a test file's beforeAll: an API of its own and a connection to the run's database. */
export async function openTestApi(overrides: Record<string, string> = {}): Promise<{ api: ApiServer; orm: Orm }> {
  const [api, orm] = await Promise.all([
    startTestApi(overrides),
    openDatabase(testEnvironment(overrides).DATABASE_URL),
  ]);
  return { api, orm };
}

/** For afterAll: closes what openTestApi opened, even when beforeAll failed halfway. */
export async function closeTestApi(api: ApiServer | undefined, orm: Orm | undefined): Promise<void> {
  await api?.close();
  await orm?.close(true);
}
