import type { CallQuality } from './events';

/** Sums the audio RTP counters of a peer connection: what is really flowing, not SIP's view. */
export async function sampleQuality(
  connection: Pick<RTCPeerConnection, 'getStats'>,
  previous: CallQuality | null,
  now = Date.now(),
): Promise<CallQuality> {
  const report = await connection.getStats();
  let packetsReceived = 0;
  let packetsSent = 0;
  report.forEach((entry: { type?: string; kind?: string; packetsReceived?: number; packetsSent?: number }) => {
    if (entry.kind !== undefined && entry.kind !== 'audio') return;
    if (entry.type === 'inbound-rtp') packetsReceived += entry.packetsReceived ?? 0;
    if (entry.type === 'outbound-rtp') packetsSent += entry.packetsSent ?? 0;
  });
  return {
    packetsReceived,
    packetsSent,
    receiving: packetsReceived > (previous?.packetsReceived ?? 0),
    sending: packetsSent > 0,
    at: now,
  };
}
