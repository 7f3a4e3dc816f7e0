import { hostname } from 'node:os';
import { z } from 'zod';
import { ConfigError, coreEnvironment, parseEnvironment } from '@switchboard/schema';

/**
 * Variables the workers read (telephony's own, AMI_* and PBX_*, are read by
 * loadTelephonyConfig). The only place workers read their environment.
 */
const workersEnvironment = {
  ...coreEnvironment,
  /** This process's name in leases and logs; default host:pid. */
  WORKER_ID: z.string().min(1).default(`${hostname()}:${process.pid}`),
  /** How long a lease outlives its holder: a standby takes over within about this time. */
  LEASE_TTL_MS: z.coerce.number().int().min(500).max(600_000).default(6000),
  /** How often the holder renews and a standby tries to take the lease. */
  LEASE_RENEW_MS: z.coerce.number().int().min(100).max(200_000).default(2000),
  /** Calls logged this recently and still open are checked against Asterisk after a (re)connect. */
  CALL_EVENTS_RESYNC_WINDOW_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Quiet time after a configuration event before telephony-config applies: a burst is one reload. */
  TELEPHONY_CONFIG_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /** Wait before telephony-config tries again after a failed apply. */
  TELEPHONY_CONFIG_RETRY_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
};

export type WorkersConfig = ReturnType<typeof loadWorkersConfig>;

export function loadWorkersConfig(environment: Record<string, string | undefined> = process.env) {
  const config = parseEnvironment(workersEnvironment, environment);
  if (config.LEASE_RENEW_MS * 2 > config.LEASE_TTL_MS)
    throw new ConfigError(['LEASE_RENEW_MS: must be at most half of LEASE_TTL_MS, so one missed renewal is survived']);
  return config;
}

/** For process entries: the config, or every problem on stderr and exit code 78 (EX_CONFIG). */
export function loadWorkersConfigOrExit(): WorkersConfig {
  try {
    return loadWorkersConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}
