import type { QueueSnapshot } from '../ami/actions/queue-status.action.js';
import type { LiveChannel } from './call-tracker.js';

/** What Asterisk held when a resync listed it: counts for the `telephony.resynced` event. */
export interface LiveStateSummary {
  liveChannels: number;
  /** Distinct calls (linkedids) among the live channels. */
  liveCalls: number;
  queues: number;
  queueMembers: number;
  /** Members per queue name, so a consumer can compare with who it thinks is logged in. */
  membersByQueue: Record<string, number>;
  /** QueueStatus did not answer: queue counts are unknown, not zero. */
  queueListingFailed: boolean;
}

/**
 * Summarises a resync's listings. Pure: the worker lists channels (CoreShowChannels) and queues
 * (QueueStatus) after every login, closes calls that vanished, and publishes this summary. A
 * queue listing that failed counts as null: members unknown, not zero, so nobody reads an
 * Asterisk that did not answer as one whose agents all logged out.
 */
export function summarizeLiveState(
  channels: readonly LiveChannel[],
  queues: readonly QueueSnapshot[] | null,
): LiveStateSummary {
  const membersByQueue = Object.fromEntries((queues ?? []).map((queue) => [queue.queue, queue.members.length]));
  return {
    liveChannels: channels.length,
    liveCalls: new Set(channels.map((channel) => channel.linkedid)).size,
    queues: queues?.length ?? 0,
    queueMembers: Object.values(membersByQueue).reduce((sum, count) => sum + count, 0),
    membersByQueue,
    queueListingFailed: queues === null,
  };
}
