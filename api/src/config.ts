import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { z } from 'zod';
import { DEFAULT_CONSOLE_DIRECTORY } from './http/console.routes.js';
import { ConfigError, coreEnvironment, DEFAULT_LOGIN_THROTTLE, parseEnvironment } from '@switchboard/schema';

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  if (bits === undefined) return PROXY_KEYWORDS.has(address) || isIP(address) !== 0;
  const max = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max && max > 0;
}

/**
 * Express's "trust proxy": which hops in front of the api may say who the client is
 * (X-Forwarded-For). Off by default: otherwise any client could pick its address and escape
 * the login throttle. "true" trusts every hop; a number trusts that many; or a comma list of
 * addresses, subnets and loopback/linklocal/uniquelocal.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((value, context): boolean | number | string[] => {
    const trimmed = value.trim();
    if (trimmed === 'false') return false;
    if (trimmed === 'true') return true;
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const entries = trimmed.split(',').map((entry) => entry.trim());
    const invalid = entries.filter((entry) => !isProxyAddress(entry));
    if (invalid.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `not true, false, a hop count or addresses/subnets/loopback/linklocal/uniquelocal: ${invalid.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

const throttleCount = (fallback: number) => z.coerce.number().int().min(1).max(1000).default(fallback);

const apiEnvironment = {
  ...coreEnvironment,
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters'),
  AUTH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(8 * 3600),
  API_TRUST_PROXY: trustProxy,
  /** Failed logins per username (from anywhere) before each further attempt must wait, doubling. */
  LOGIN_THROTTLE_ACCOUNT_FREE_FAILURES: throttleCount(DEFAULT_LOGIN_THROTTLE.freeFailuresPerAccount),
  /** Failed logins per client address (any username) before each further attempt must wait, doubling. */
  LOGIN_THROTTLE_ADDRESS_FREE_FAILURES: throttleCount(DEFAULT_LOGIN_THROTTLE.freeFailuresPerAddress),
  /** The longest wait a throttled login is asked for. */
  LOGIN_THROTTLE_MAX_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .default(DEFAULT_LOGIN_THROTTLE.maxDelaySeconds),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(20_000),
  /** CSV uploads (POST /uploads/csv) larger than this are refused with 413. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(200 * 1024 * 1024),
  /**
   * Where an upload waits, as COPY text, until its body is complete: a slow client holds a
   * file here rather than a database connection. Room for about twice IMPORT_MAX_BYTES.
   */
  IMPORT_SPOOL_DIR: z.string().min(1).default(tmpdir()),
  /** Staged uploads not imported within this time are deleted. */
  IMPORT_UPLOAD_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Audio uploads (POST /uploads/audio, WAV or MP3) larger than this are refused with 413. */
  AUDIO_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(20 * 1024 * 1024),
  /** The built agent console served at `/` (`npm run console:build` writes it). */
  CONSOLE_DIR: z.string().min(1).default(DEFAULT_CONSOLE_DIRECTORY),
};

export type ApiConfig = ReturnType<typeof loadApiConfig>;

/** The only place the api reads its environment; fails at start with every problem listed. */
export function loadApiConfig(environment: Record<string, string | undefined> = process.env) {
  return parseEnvironment(apiEnvironment, environment);
}

/** For process entries: the config, or every problem on stderr and exit code 78 (EX_CONFIG). */
export function loadApiConfigOrExit(): ApiConfig {
  try {
    return loadApiConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}
