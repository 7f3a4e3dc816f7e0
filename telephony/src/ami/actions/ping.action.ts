import type { AmiClient } from '../ami-client.js';

/** Sends one `Ping`; resolves with the round trip in ms (queue wait included). */
export async function ping(ami: AmiClient, options: { timeoutMs?: number } = {}): Promise<number> {
  const started = performance.now();
  await ami.send({ action: 'Ping' }, options);
  return performance.now() - started;
}
