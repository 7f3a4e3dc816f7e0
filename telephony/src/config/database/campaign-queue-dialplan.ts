import { extension, type ConfSection } from '../conf-file.js';
import { campaignQueueName, queueEscapeContext, soundName } from './campaign-queues-conf.js';
import type { CampaignQueueModel } from './telephony-model.js';

/** UserEvent of a caller who hung up during the welcome message, before joining the queue (ABANDONWEL). */
export const WELCOME_ABANDON_USER_EVENT = 'SwitchboardWelcomeAbandon';
/** Hangup handler armed only while the welcome message plays. */
export const WELCOME_ABANDON_CONTEXT = 'sb-queue-welcome-abandon';

/**
 * A campaign's queue steps, for a caller already answered: the welcome message (a hang-up during
 * it is logged as ABANDONWEL by the hangup handler, disarmed once it is over), then Queue() with
 * the maximum wait, then the failover destination. Queue() comes back only when no agent took the
 * call — the wait ran out (TIMEOUT), the queue was full (FULL), or it could not be joined — since
 * without the `c` option a connected call ends with the agent; so whatever follows is failover.
 * A caller who presses the escape digit leaves Queue() for the escape context instead.
 */
export function campaignQueueSteps(queue: CampaignQueueModel, queueOptions: string, failover: string): string[] {
  const welcome = queue.entryAnnouncement ? soundName(queue.entryAnnouncement) : '';
  return [
    ...(welcome
      ? [
          `Set(CHANNEL(hangup_handler_push)=${WELCOME_ABANDON_CONTEXT},s,1)`,
          `Playback(${welcome})`,
          'Set(CHANNEL(hangup_handler_pop)=)',
        ]
      : []),
    `Queue(${campaignQueueName(queue.campaignId)},${queueOptions},,,${queueTimeout(queue)})`,
    failover,
  ];
}

/** The maximum wait: a positive whole number of seconds, or none (wait for an agent as long as it takes). */
function queueTimeout(queue: CampaignQueueModel): string {
  const seconds = queue.queueTimeoutSeconds;
  return Number.isInteger(seconds) && seconds !== undefined && seconds > 0 ? String(seconds) : '';
}

/**
 * Contexts the campaign queues need besides their own steps: the welcome hangup handler, and one
 * escape context per queue with an escape IVR. app_queue leaves the queue for `<context>,<digit>,1`
 * when the one-digit extension exists; every key leads to the IVR's start, where the caller hears
 * its menu (the periodic announcement tells callers which key to press).
 */
export function campaignQueueSupportDialplan(
  queues: readonly CampaignQueueModel[],
  ivrStep: (ivrId: string) => string,
): ConfSection[] {
  const sections: ConfSection[] = [
    {
      name: WELCOME_ABANDON_CONTEXT,
      comment: 'A caller hung up during the welcome message, before the queue: ABANDONWEL.',
      separator: '=>',
      lines: extension('s', [`UserEvent(${WELCOME_ABANDON_USER_EVENT},Campaign: \${SB_CAMPAIGN_ID})`, 'Return()']),
    },
  ];
  for (const queue of queues) {
    if (!queue.escapeIvrId) continue;
    sections.push({
      name: queueEscapeContext(queue.campaignId),
      comment: `Escape from the queue of campaign ${queue.campaignName.replace(/\s+/g, ' ')} to its IVR.`,
      separator: '=>',
      lines: extension('_[0-9*#]', [ivrStep(queue.escapeIvrId)]),
    });
  }
  return sections;
}
