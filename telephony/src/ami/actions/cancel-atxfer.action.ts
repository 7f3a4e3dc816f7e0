import type { AmiClient } from '../ami-client.js';

/** Sends one `CancelAtxfer`: ends the transferer's consultation and brings back the held party. */
export async function cancelAtxfer(ami: AmiClient, params: { channel: string }): Promise<void> {
  await ami.send({ action: 'CancelAtxfer', channel: params.channel });
}
