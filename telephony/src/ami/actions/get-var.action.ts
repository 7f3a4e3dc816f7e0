import type { AmiClient } from '../ami-client.js';

/** Sends one `Getvar`: a channel variable or function (e.g. `CHANNEL(rtcp,all)`), or a global. */
export async function getVar(ami: AmiClient, params: { channel?: string; variable: string }): Promise<string> {
  const response = await ami.send({ action: 'Getvar', channel: params.channel, variable: params.variable });
  return String(response['value'] ?? '');
}
