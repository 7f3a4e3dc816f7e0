import type { TestProject } from 'vitest/node';
import { Redis } from 'ioredis';
import { dropDatabase, pendingSchemaChanges, prepareDatabase } from '@switchboard/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    redisPrefix: string;
  }
}

/**
 * One database and one Redis key prefix per test run, so that runs on the same machine
 * cannot collide. Migrations build the schema: a test run is also a migration test.
 */
export default async function setup(project: TestProject) {
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const base = new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/switchboard_test_${run}`;
  const databaseUrl = base.toString();
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `switchboard_test_${run}:`;

  await prepareDatabase(databaseUrl);
  const drift = await pendingSchemaChanges(databaseUrl);
  if (drift) {
    await dropDatabase(databaseUrl);
    throw new Error(`Entities and migrations disagree; run npm run migration:create -- <name>:\n${drift}`);
  }
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisUrl', redisUrl);
  project.provide('redisPrefix', redisPrefix);

  return async () => {
    await dropDatabase(databaseUrl);
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  };
}
