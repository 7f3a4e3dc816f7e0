import type { AmiClient } from '../ami-client.js';

/** Sends one `MixMonitor`: records both directions of `channel` into `file` (an absolute path in Asterisk's root). */
export async function mixMonitor(
  ami: AmiClient,
  params: { channel: string; file: string; options?: string },
): Promise<void> {
  await ami.send({ action: 'MixMonitor', channel: params.channel, file: params.file, options: params.options });
}
