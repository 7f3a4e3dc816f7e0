import type { AmiClient } from '../ami-client.js';

/** Sends one `StopMixMonitor`: stops the recording of `channel` and closes its file. */
export async function stopMixMonitor(ami: AmiClient, params: { channel: string }): Promise<void> {
  await ami.send({ action: 'StopMixMonitor', channel: params.channel });
}
