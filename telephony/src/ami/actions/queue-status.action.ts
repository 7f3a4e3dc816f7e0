import type { AmiClient } from '../ami-client.js';
import type { AmiEventMap } from '../ami-events.js';

export type QueueMemberStatus = AmiEventMap['QueueMember'];

/** One queue as Asterisk holds it now: its members and the callers waiting in it. */
export interface QueueSnapshot {
  queue: string;
  strategy: string;
  members: QueueMemberStatus[];
  /** Uniqueids of the callers waiting, in queue order. */
  waiting: string[];
  /** The callers waiting as listed (channel, position, seconds waited, caller id), in queue order. */
  entries: AmiEventMap['QueueEntry'][];
}

/**
 * Sends one `QueueStatus` and returns every queue with its members and waiting callers (for the
 * resync after a reconnect: members logged in or out while the worker was away). Queues come
 * in the order Asterisk lists them; each queue's QueueParams precedes its members and entries.
 */
export async function queueStatus(ami: AmiClient): Promise<QueueSnapshot[]> {
  const events = await ami.sendList({ action: 'QueueStatus' });
  const queues = new Map<string, QueueSnapshot>();
  const queueOf = (name: string) => {
    let snapshot = queues.get(name);
    if (!snapshot) queues.set(name, (snapshot = { queue: name, strategy: '', members: [], waiting: [], entries: [] }));
    return snapshot;
  };
  for (const event of events) {
    if (event.event === 'QueueParams') {
      const params = event as AmiEventMap['QueueParams'];
      queueOf(params.queue).strategy = params.strategy;
    } else if (event.event === 'QueueMember') {
      const member = event as QueueMemberStatus;
      queueOf(member.queue).members.push(member);
    } else if (event.event === 'QueueEntry') {
      const entry = event as AmiEventMap['QueueEntry'];
      queueOf(entry.queue).waiting.push(entry.uniqueid);
      queueOf(entry.queue).entries.push(entry);
    }
  }
  return [...queues.values()];
}
