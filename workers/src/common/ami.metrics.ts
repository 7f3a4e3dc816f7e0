import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { AmiClientOptions, AmiObserver } from '@switchboard/telephony';
import { sharedMetric } from './shared-metric.js';

/** From a ping (a few ms on loopback) to an originate waiting on a slow trunk's answer. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The AMI metrics of a worker process (docs/metrics-workers.md), fed by the AMI client's
 * observer hook: action latency by action and outcome, connection state, reconnects.
 */
export function amiMetricsObserver(registry: Registry): AmiObserver {
  const registers = [registry];
  const latency = sharedMetric(
    registry,
    'switchboard_ami_action_duration_seconds',
    () =>
      new Histogram({
        name: 'switchboard_ami_action_duration_seconds',
        help: 'Seconds from an AMI action written to Asterisk to its answer (or failure), by action and outcome.',
        labelNames: ['action', 'outcome'],
        buckets: LATENCY_BUCKETS,
        registers,
      }),
  );
  const reconnects = sharedMetric(
    registry,
    'switchboard_ami_reconnects_total',
    () =>
      new Counter({
        name: 'switchboard_ami_reconnects_total',
        help: 'AMI logins after the first: sessions that dropped and were repaired.',
        registers,
      }),
  );
  const disconnects = sharedMetric(
    registry,
    'switchboard_ami_disconnects_total',
    () =>
      new Counter({
        name: 'switchboard_ami_disconnects_total',
        help: 'AMI sessions that dropped, by reason (closed: the process closed it).',
        labelNames: ['reason'],
        registers,
      }),
  );
  const connected = sharedMetric(
    registry,
    'switchboard_ami_connected',
    () =>
      new Gauge({
        name: 'switchboard_ami_connected',
        help: 'AMI clients of the process logged in now (the call-events and agent-states standby hold none).',
        registers,
      }),
  );
  // Sessions of this observer's clients logged in now: a refused login reports a drop without a login.
  let live = 0;
  return {
    // Action names come from Switchboard's own actions, a short fixed list: safe as a label.
    actionFinished: (action, seconds, outcome) => latency.observe({ action: action.toLowerCase(), outcome }, seconds),
    connected: (reconnected) => {
      live += 1;
      connected.inc();
      if (reconnected) reconnects.inc();
    },
    disconnected: (reason) => {
      disconnects.inc({ reason });
      if (live === 0) return;
      live -= 1;
      connected.dec();
    },
  };
}

/** AMI client options that feed the registry's AMI metrics (none given: unchanged). */
export function withAmiMetrics(options: AmiClientOptions, registry: Registry | undefined): AmiClientOptions {
  return registry ? { ...options, observer: amiMetricsObserver(registry) } : options;
}
