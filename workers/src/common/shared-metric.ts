import type { Metric, Registry } from 'prom-client';

/**
 * The registry's metric of that name, created on first use: two parts of one process (two
 * AMI clients, two dialer loops in a test) share a metric instead of failing to register it twice.
 */
export function sharedMetric<T extends Metric>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}
