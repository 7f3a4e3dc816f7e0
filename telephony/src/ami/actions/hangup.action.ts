import type { AmiClient } from '../ami-client.js';

/** Sends one `Hangup` for a channel (name or uniqueid), with a Q.850 cause (default 16, normal clearing). */
export async function hangup(ami: AmiClient, params: { channel: string; cause?: number }): Promise<void> {
  await ami.send({ action: 'Hangup', channel: params.channel, cause: params.cause ?? 16 });
}
