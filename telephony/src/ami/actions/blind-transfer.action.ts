import type { AmiClient } from '../ami-client.js';

/**
 * Sends one `BlindTransfer`: the party bridged to `channel` (the transferer) goes to
 * `exten@context`, and `channel` leaves the call. Asterisk logs it as a BlindTransfer event.
 */
export async function blindTransfer(
  ami: AmiClient,
  params: { channel: string; context: string; exten: string },
): Promise<void> {
  await ami.send({ action: 'BlindTransfer', channel: params.channel, context: params.context, exten: params.exten });
}
