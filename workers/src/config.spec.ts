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

  it('serves metrics only where told, and never without a token to guard them', () => {
    expect(loadWorkersConfig({}).METRICS_PORT).toBeUndefined();
    const config = loadWorkersConfig({ METRICS_PORT: '9401', METRICS_TOKEN: 'a-token-of-sixteen-characters' });
    expect(config).toMatchObject({ METRICS_PORT: 9401, METRICS_HOST: '127.0.0.1' });
    expect(() => loadWorkersConfig({ METRICS_PORT: '9401' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadWorkersConfig({ METRICS_PORT: '70000', METRICS_TOKEN: 'a-token-of-sixteen-characters' })).toThrow(
      /METRICS_PORT/,
    );
  });
});
