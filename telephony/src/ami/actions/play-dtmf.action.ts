import type { AmiClient } from '../ami-client.js';

/**
 * Sends one `PlayDTMF`. With `receive`, Asterisk acts as if the channel had sent the digit, so
 * bridge features (the attended-transfer keys) react to it as to the phone's own key press.
 */
export async function playDtmf(
  ami: AmiClient,
  params: { channel: string; digit: string; durationMs?: number; receive?: boolean },
): Promise<void> {
  await ami.send({
    action: 'PlayDTMF',
    channel: params.channel,
    digit: params.digit,
    duration: params.durationMs ?? 100,
    receive: params.receive ? 'true' : undefined,
  });
}
