import { describe, expect, it } from 'vitest';
import { ConfigError } from '@switchboard/schema';
import { loadWorkersConfig } from './config.js';

describe('loadWorkersConfig', () => {
  it('has defaults that let a standby take over within seconds', () => {
    const config = loadWorkersConfig({});
    expect(config.LEASE_TTL_MS).toBe(6000);
    expect(config.LEASE_RENEW_MS * 2).toBeLessThanOrEqual(config.LEASE_TTL_MS);
    expect(config.WORKER_ID).toMatch(/:\d+$/);
  });

  it('refuses a renew interval that a single missed renewal would turn into a lost lease', () => {
    expect(() => loadWorkersConfig({ LEASE_TTL_MS: '1000', LEASE_RENEW_MS: '800' })).toThrow(ConfigError);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadWorkersConfig({ LEASE_TTL_MS: 'soon', REDIS_URL: 'http://x' })).toThrow(
      /LEASE_TTL_MS[\s\S]*REDIS_URL|REDIS_URL[\s\S]*LEASE_TTL_MS/,
    );
  });
});
