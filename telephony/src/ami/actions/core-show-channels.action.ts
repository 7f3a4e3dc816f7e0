import type { AmiClient } from '../ami-client.js';
import type { AmiEventMap } from '../ami-events.js';

export type ActiveChannel = AmiEventMap['CoreShowChannel'];

/** Sends one `CoreShowChannels` and returns every live channel (for resync after a reconnect). */
export async function coreShowChannels(ami: AmiClient): Promise<ActiveChannel[]> {
  const events = await ami.sendList({ action: 'CoreShowChannels' });
  return events.filter((event): event is ActiveChannel => event.event === 'CoreShowChannel');
}
