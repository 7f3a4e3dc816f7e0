import { tmpdir } from 'node:os';
import { z } from 'zod';
import { ConfigError, coreEnvironment, parseEnvironment } from '@switchboard/schema';

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
