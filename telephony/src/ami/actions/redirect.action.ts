import type { AmiClient } from '../ami-client.js';

/**
 * Sends one `Redirect`: the channel (name or uniqueid) leaves the application it runs and
 * continues at `exten@context` (priority 1 unless given). The call itself goes on.
 */
export async function redirect(
  ami: AmiClient,
  params: { channel: string; context: string; exten: string; priority?: number },
): Promise<void> {
  await ami.send({
    action: 'Redirect',
    channel: params.channel,
    context: params.context,
    exten: params.exten,
    priority: params.priority ?? 1,
  });
}
