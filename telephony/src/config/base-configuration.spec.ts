import { describe, expect, it } from 'vitest';
import { baseConfiguration } from './base-configuration.js';
import { configurationDigest } from './configuration.writer.js';
import { fakePstnNumber } from './fake-pstn-dialplan.js';
import type { BaseConfigurationOptions } from './pbx-options.js';

const options: BaseConfigurationOptions = {
  host: '127.0.0.1',
  amiPort: 15038,
  sipPort: 15060,
  pstnPort: 15061,
  httpPort: 8088,
  rtpPortStart: 30000,
  rtpPortEnd: 30999,
  moduleDir: '/usr/lib/x86_64-linux-gnu/asterisk/modules',
  ami: { username: 'switchboard', secret: 'ami-secret-for-snapshots' },
  testPhones: [{ name: 'test-phone-1', password: 'phone-secret-for-snapshots' }],
  fakePstn: { ringSeconds: 1.5, talkSeconds: 20 },
};

describe('base configuration', () => {
  const files = baseConfiguration(options);

  it.each([...files.keys()])('%s matches its snapshot', async (name) => {
    await expect(files.get(name)).toMatchFileSnapshot(`./__snapshots__/${name}`);
  });

  it('binds every listening socket to the loopback address', () => {
    const binds = [...files.values()].join('\n').match(/^(bind|bindaddr) = .*$/gm) ?? [];
    expect(binds.length).toBeGreaterThanOrEqual(4);
    for (const bind of binds) expect(bind).toMatch(/= 127\.0\.0\.1(:\d+)?$/);
  });

  it('changes its digest when an option changes, and only then', () => {
    expect(configurationDigest(baseConfiguration(options))).toBe(configurationDigest(files));
    expect(configurationDigest(baseConfiguration({ ...options, amiPort: 15039 }))).not.toBe(configurationDigest(files));
  });
});

describe('fake PSTN numbers', () => {
  it('end with the outcome digit, preceded by the talk time', () => {
    expect(fakePstnNumber('human')).toBe('5550001');
    expect(fakePstnNumber('machine', 30)).toBe('5550302');
    expect(fakePstnNumber('rejected', 0, '1212')).toBe('1212006');
  });

  it('refuse a talk time that does not fit in two digits', () => {
    expect(() => fakePstnNumber('human', 100)).toThrow(RangeError);
  });
});
