// A live view of one campaign outlives the check that opened it: supervisors are taken off
// campaigns while they watch. These let a subscription re-check its scope only when the
// campaign changed, instead of querying per event per subscriber.

import type { GraphQLContext } from './context.js';

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
