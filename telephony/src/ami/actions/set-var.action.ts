import type { AmiClient } from '../ami-client.js';

/** Sends one `Setvar`: a channel variable (`__NAME` for one its new channels inherit), or a global without channel. */
export async function setVar(
  ami: AmiClient,
  params: { channel?: string; variable: string; value: string },
): Promise<void> {
  await ami.send({ action: 'Setvar', channel: params.channel, variable: params.variable, value: params.value });
}
