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

  it('reads API_TRUST_PROXY as express does, and refuses what express would misread', () => {
    const secret = { AUTH_TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadApiConfig(secret).API_TRUST_PROXY).toBe(false);
    expect(loadApiConfig({ ...secret, API_TRUST_PROXY: 'true' }).API_TRUST_PROXY).toBe(true);
    expect(loadApiConfig({ ...secret, API_TRUST_PROXY: '2' }).API_TRUST_PROXY).toBe(2);
    expect(loadApiConfig({ ...secret, API_TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1' }).API_TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => loadApiConfig({ ...secret, API_TRUST_PROXY: 'yes' })).toThrow(/API_TRUST_PROXY/);
    expect(() => loadApiConfig({ ...secret, API_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/API_TRUST_PROXY/);
  });
});
