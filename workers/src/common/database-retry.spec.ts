import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError, retryThroughOutage } from './database-retry.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const logger = pino({ level: 'silent' });

describe('retrying a write through a database outage', () => {
  it('tells a lost connection from a refused write', () => {
    expect(isTransientDatabaseError(withCode('terminating connection due to administrator command', '57P01'))).toBe(
      true,
    );
    expect(isTransientDatabaseError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error('wrapped'), { cause: withCode('x', '08006') }))).toBe(true);
    expect(isTransientDatabaseError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isTransientDatabaseError(withCode('invalid input value for enum', '22P02'))).toBe(false);
    expect(isTransientDatabaseError('not an error')).toBe(false);
  });

  it('retries lost connections until the write goes through, and gives up on a refused write at once', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 3) throw withCode('Connection terminated unexpectedly', 'ECONNRESET');
      return 'written';
    };
    await expect(retryThroughOutage(flaky, { logger, what: 'test', firstDelayMs: 1 })).resolves.toBe('written');
    expect(calls).toBe(3);

    let refused = 0;
    const bad = async () => {
      refused += 1;
      throw withCode('duplicate key', '23505');
    };
    await expect(retryThroughOutage(bad, { logger, what: 'test', firstDelayMs: 1 })).rejects.toThrow('duplicate key');
    expect(refused).toBe(1);
    const down = async () => {
      throw withCode('connect ECONNREFUSED', 'ECONNREFUSED');
    };
    await expect(
      retryThroughOutage(down, { logger, what: 'test', firstDelayMs: 1, giveUpAfterMs: 20 }),
    ).rejects.toThrow('ECONNREFUSED');
  });
});
