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
  /** How often agent-states looks for ACW that is due to end. */
  AGENT_STATES_SWEEP_MS: z.coerce.number().int().min(50).max(10_000).default(500),
  /** Quiet time after a configuration event before telephony-config applies: a burst is one reload. */
  TELEPHONY_CONFIG_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /** Wait before telephony-config tries again after a failed apply. */
  TELEPHONY_CONFIG_RETRY_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** How often the dialer decides, per campaign it holds, how many calls to place. */
  DIALER_TICK_MS: z.coerce.number().int().min(50).max(10_000).default(1000),
  /** A campaign's dialer lease: a killed dialer's campaigns are taken over within TTL + renew. */
  DIALER_LEASE_TTL_MS: z.coerce.number().int().min(500).max(60_000).default(3000),
  DIALER_LEASE_RENEW_MS: z.coerce.number().int().min(100).max(30_000).default(1000),
  /** How often a dialer looks for active dialer campaigns (and competes for their leases). */
  DIALER_DISCOVERY_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /** Calls in flight or waiting per logged-in agent, at most (pacing cap). */
  DIALER_MAX_LINES_PER_AGENT: z.coerce.number().min(1).max(20).default(3),
  /** Originates per second per campaign, at most (pacing cap); 0 = unlimited. */
  DIALER_MAX_ORIGINATES_PER_SECOND: z.coerce.number().min(0).max(1000).default(10),
  /** How often the retries process re-reads dispositions and global callbacks (events act at once). */
  RETRIES_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Contacts the recycler handles per statement (and per progress event). */
  RECYCLE_BATCH_SIZE: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  /** Port of this process's /metrics (Prometheus, bearer METRICS_TOKEN); unset, no metrics server. 0 picks one. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** Address the metrics server listens on: loopback unless a scraper elsewhere needs it. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
};

export type WorkersConfig = ReturnType<typeof loadWorkersConfig>;

export function loadWorkersConfig(environment: Record<string, string | undefined> = process.env) {
  const config = parseEnvironment(workersEnvironment, environment);
  if (config.LEASE_RENEW_MS * 2 > config.LEASE_TTL_MS)
    throw new ConfigError(['LEASE_RENEW_MS: must be at most half of LEASE_TTL_MS, so one missed renewal is survived']);
  if (config.DIALER_LEASE_RENEW_MS * 2 > config.DIALER_LEASE_TTL_MS)
    throw new ConfigError(['DIALER_LEASE_RENEW_MS: must be at most half of DIALER_LEASE_TTL_MS']);
  if (config.METRICS_PORT !== undefined && !config.METRICS_TOKEN)
    throw new ConfigError(['METRICS_TOKEN: required with METRICS_PORT (scrapers present it as a bearer token)']);
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
