// A live view of one campaign outlives the check that opened it: supervisors are taken off
// campaigns while they watch. These let a subscription re-check its scope only when the
// campaign changed, instead of querying per event per subscriber.

import type { EventEnvelope, EventTopic } from '@switchboard/schema';
import type { GraphQLContext } from './context.js';
import { snapshotThenEvents } from './live-events.js';

interface CampaignStreamOptions<T extends EventTopic, Out> {
  topic: T;
  campaignOf: (event: EventEnvelope<T>) => string;
  /** The viewer's scope once more (throws when it is gone): before an event, only after the campaign changed. */
  recheck: () => Promise<unknown>;
  snapshot: () => Promise<Out[]>;
  toOutput: (event: EventEnvelope<T>) => Out;
}

/**
 * One campaign's live view: the snapshot, then the topic's events of that campaign, with the
 * scope decided at subscribe time and checked again only when the campaign changed (a
 * supervisor taken off it gets FORBIDDEN), never queried per event per subscriber.
 */
export function campaignLiveStream<T extends EventTopic, Out>(
  context: GraphQLContext,
  campaignId: string,
  options: CampaignStreamOptions<T, Out>,
): AsyncGenerator<Out> {
  const assignments = watchCampaignUpdates(context, campaignId);
  const stream = snapshotThenEvents<T, Out>(context.events.subscribe(options.topic), {
    snapshot: options.snapshot,
    visible: async (event: EventEnvelope<T>) => {
      if (options.campaignOf(event) !== campaignId) return false;
      if (assignments.changed()) await options.recheck();
      return true;
    },
    toOutput: options.toOutput,
  });
  return endingWith(stream, assignments.stop);
}

/** Listens for campaign.updated of one campaign; changed() says whether one came since last asked. */
export function watchCampaignUpdates(context: GraphQLContext, campaignId: string) {
  let changed = false;
  // A synchronous listener on the process's one subscription to the topic (no stream per subscriber).
  const stop = context.events.listen('campaign.updated', (event) => {
    if (event.data.campaignId === campaignId) changed = true;
  });
  return {
    changed: () => {
      const was = changed;
      changed = false;
      return was;
    },
    stop,
  };
}

/** The stream, calling onEnd once when it ends, however it ends (return() goes through at once). */
export function endingWith<T>(stream: AsyncGenerator<T>, onEnd: () => void): AsyncGenerator<T> {
  let ended = false;
  const end = () => {
    if (!ended) onEnd();
    ended = true;
  };
  const wrapped = {
    async next(): Promise<IteratorResult<T>> {
      try {
        const result = await stream.next();
        if (result.done) end();
        return result;
      } catch (error) {
        end();
        throw error;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      end();
      return stream.return(undefined);
    },
    async throw(error: unknown): Promise<IteratorResult<T>> {
      end();
      return stream.throw(error);
    },
    [Symbol.asyncIterator]() {
      return wrapped;
    },
  };
  return wrapped as unknown as AsyncGenerator<T>;
}
