import type { AmiClient } from '../ami-client.js';

/**
 * Sends one `Atxfer`: an attended transfer from `channel` (the transferer, in a bridge) to
 * `exten@context`. The party bridged to it is put on hold while the transferer consults the
 * target; the transferer then completes, cancels or makes it a three-way call.
 */
export async function atxfer(
  ami: AmiClient,
  params: { channel: string; context: string; exten: string },
): Promise<void> {
  await ami.send({ action: 'Atxfer', channel: params.channel, context: params.context, exten: params.exten });
}
