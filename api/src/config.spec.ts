import { describe, expect, it } from 'vitest';
import { ConfigError } from '@switchboard/schema';
import { loadApiConfig } from './config.js';

describe('api configuration', () => {
  it('applies defaults', () => {
    const config = loadApiConfig({ AUTH_TOKEN_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ API_PORT: 4000, AUTH_TOKEN_TTL_SECONDS: 28_800, REDIS_PREFIX: 'switchboard:' });
  });

  it('reports every invalid variable at once, by name', () => {
    let error: unknown;
    try {
      loadApiConfig({ AUTH_TOKEN_SECRET: 'short', API_PORT: 'eighty', DATABASE_URL: 'mysql://x/y' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/AUTH_TOKEN_SECRET: .*32/);
    expect(problems).toMatch(/API_PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
  });
});
