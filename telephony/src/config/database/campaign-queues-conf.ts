import { renderConf, type ConfLine, type ConfSection } from '../conf-file.js';
import type { CampaignQueueModel } from './telephony-model.js';
import { mohClassName } from './audio-sounds.js';

/** The Asterisk queue of a campaign. */
export const campaignQueueName = (campaignId: string) => `campaign-${campaignId}`;

/** queues.conf `context` of a queue with an escape IVR: a key pressed while waiting leaves to it. */
export const queueEscapeContext = (campaignId: string) => `sb-queue-escape-${campaignId}`;

/** Sound and music-class names end up in file paths and dialplan: keep them to plain names. */
export const soundName = (value: string) => value.replace(/[^A-Za-z0-9_/-]/g, '');

function queueSection(queue: CampaignQueueModel): ConfSection {
  const lines: ConfLine[] = [
    ['strategy', queue.strategy],
    ['timeout', queue.ringSeconds],
    ['retry', queue.retrySeconds],
    ['wrapuptime', queue.wrapUpSeconds],
    ['maxlen', queue.maxCalls],
    ['servicelevel', queue.serviceLevelSeconds],
    ['weight', queue.priority],
    ['musicclass', queue.musicOnHold ? mohClassName(queue.musicOnHold) : 'default'],
    // Agents log in and out through the console (dynamic members); callers may wait for one.
    ['joinempty', 'yes'],
    ['leavewhenempty', 'no'],
    ['ringinuse', false],
    ['setinterfacevar', true],
    ['setqueueentryvar', true],
    ['announce-holdtime', queue.announceHoldTime],
    ['announce-position', queue.announcePosition],
    ['announce-frequency', queue.positionAnnounceFrequencySeconds],
  ];
  // A key pressed while waiting leaves the queue for the escape context (to the IVR).
  if (queue.escapeIvrId) lines.push(['context', queueEscapeContext(queue.campaignId)]);
  if (queue.agentAnnouncement) lines.push(['announce', soundName(queue.agentAnnouncement)]);
  if (queue.periodicAnnouncement) {
    lines.push(['periodic-announce', soundName(queue.periodicAnnouncement)]);
    lines.push(['periodic-announce-frequency', queue.periodicAnnouncementFrequencySeconds]);
  }
  return {
    name: campaignQueueName(queue.campaignId),
    comment: `Campaign ${queue.campaignName.replace(/\s+/g, ' ')}.`,
    lines,
  };
}

/** queues.conf part: one queue per campaign. */
export function campaignQueuesConf(queues: readonly CampaignQueueModel[]): string {
  return renderConf(queues.map(queueSection));
}
