import type { Logger } from 'pino';
import type { EventBus, EventTopic } from '@switchboard/schema';

/** Events after which the generated configuration may differ. */
export const CONFIGURATION_TOPICS = [
  'telephony.configuration_changed',
  'campaign.updated',
  'campaign.state_changed',
] as const satisfies readonly EventTopic[];

/**
 * Calls `onChange` for every event of CONFIGURATION_TOPICS until the returned function is
 * called. Each topic is consumed in its own loop so that one slow topic never holds another.
 */
export function watchConfigurationChanges(
  events: EventBus,
  logger: Logger,
  onChange: (topic: EventTopic, source: string) => void,
): () => Promise<void> {
  const iterators = CONFIGURATION_TOPICS.map((topic) => {
    const iterator = events.subscribe(topic)[Symbol.asyncIterator]();
    const loop = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const data = next.value.data as { source?: string; campaignId?: string };
        onChange(topic, data.source ?? data.campaignId ?? '');
      }
    })().catch((error: unknown) => logger.error({ err: error, topic }, 'configuration change subscription failed'));
    return { iterator, loop };
  });
  return async () => {
    await Promise.all(iterators.map(({ iterator }) => iterator.return?.()));
    await Promise.all(iterators.map(({ loop }) => loop));
  };
}
