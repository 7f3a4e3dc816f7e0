import { loadTelephonyConfig, type TelephonyConfig } from '@switchboard/telephony';

/**
 * The telephony config of tests: the defaults, with the PBX and AMI variables a developer
 * set passed through (another port, another PBX_DIR), and quiet logs unless TEST_LOG_LEVEL.
 */
export function testTelephonyConfig(overrides: Record<string, string> = {}): TelephonyConfig {
  const passedThrough = Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(PBX|AMI)_/.test(name)));
  return loadTelephonyConfig({ ...passedThrough, LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent', ...overrides });
}
