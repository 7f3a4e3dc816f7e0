import { describe, expect, it } from 'vitest';
import { loadTelephonyConfig, TelephonyConfigError } from './telephony.config.js';

describe('telephony configuration', () => {
  it('defaults to ports that do not collide with a standard Asterisk', () => {
    const config = loadTelephonyConfig({});
    expect(config).toMatchObject({
      PBX_AMI_PORT: 15038,
      PBX_SIP_PORT: 15060,
      PBX_PSTN_PORT: 15061,
      PBX_HTTP_PORT: 8088,
    });
    expect(config.PBX_DIR).toMatch(/\/\.pbx$/);
  });

  it('reads ports from the environment', () => {
    expect(loadTelephonyConfig({ PBX_AMI_PORT: '25038' }).PBX_AMI_PORT).toBe(25038);
  });

  it('reports every problem at once, by variable', () => {
    let error: unknown;
    try {
      loadTelephonyConfig({ PBX_AMI_PORT: 'eighty', AMI_ACTIONS_PER_SECOND: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TelephonyConfigError);
    const problems = (error as TelephonyConfigError).problems.join('\n');
    expect(problems).toMatch(/PBX_AMI_PORT/);
    expect(problems).toMatch(/AMI_ACTIONS_PER_SECOND/);
  });

  it('refuses two services on one port', () => {
    expect(() => loadTelephonyConfig({ PBX_SIP_PORT: '8088' })).toThrow(/must differ/);
  });
});
