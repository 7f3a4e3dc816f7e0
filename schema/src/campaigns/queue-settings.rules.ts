import type { EntityManager } from '@mikro-orm/postgresql';
import { registerAudioUse } from '../audio/audio-usage.js';
import { AudioService } from '../audio/audio.service.js';
import '../destinations/campaign-destination.js';
import {
  destinationGraph,
  registerDestinationSource,
  type DestinationEdge,
} from '../destinations/destination-graph.js';
import { destinationRef } from '../destinations/destination-ref.embeddable.js';
import { DestinationType } from '../destinations/destination-type.js';
import { DestinationErrors } from '../destinations/destination.errors.js';
import { Campaign } from './campaign.entity.js';
import { CampaignState } from './campaign.enums.js';
import type { QueueSettings } from './queue-settings.embeddable.js';

/** The queue's audio references and where each is played. */
const AUDIO_FIELDS = {
  entryAnnouncementAudioId: 'welcome message',
  periodicAnnouncementAudioId: 'periodic announcement',
  agentAnnouncementAudioId: 'agent announcement',
} as const satisfies Partial<Record<keyof QueueSettings, string>>;
const audioFields = Object.keys(AUDIO_FIELDS) as (keyof typeof AUDIO_FIELDS)[];

/** Owner of a campaign queue's exits in the destination graph: its failover and its escape IVR. */
const QUEUE_OWNER = 'CAMPAIGN_FAILOVER' as const;

/** Where a campaign's queue sends callers out: the failover, and the escape IVR when there is one. */
function queueExits(queue: QueueSettings): DestinationEdge['to'][] {
  const exits: DestinationEdge['to'][] = [queue.failover];
  if (queue.escapeIvrId) exits.push({ type: DestinationType.IVR, id: queue.escapeIvrId });
  return exits;
}

/**
 * The queue's references, checked together after any create, update or clone: every audio exists
 * (a missing file would be silence where a message was promised), the failover and the escape IVR
 * are destinations that exist (DestinationGraphService), and the failover is not the campaign
 * itself — a caller whose wait ran out would only queue again.
 */
export async function validateQueueReferences(em: EntityManager, campaign: Campaign): Promise<void> {
  const queue = campaign.queue;
  for (const field of audioFields) await AudioService.assertExists(em, queue[field]);
  // A plain copy: the input's object is type-graphql's, and the entity must own its embeddable.
  queue.failover = destinationRef(queue.failover.type, queue.failover.id);
  if (queue.failover.type === DestinationType.CAMPAIGN && queue.failover.id === campaign.id) {
    throw DestinationErrors.create('CYCLE', 'queue.failover: a campaign cannot fail over to its own queue', {
      field: 'queue.failover',
    });
  }
  // Templates are not live: their references are checked when a campaign is made from them.
  if (campaign.isTemplate) return;
  await destinationGraph.assertValid(em, { type: QUEUE_OWNER, id: campaign.id }, queueExits(queue));
}

// Deleting a node a live campaign's queue sends callers to (failover, escape IVR) is refused.
registerDestinationSource({
  ownerType: QUEUE_OWNER,
  edges: async (em) => {
    const campaigns = await em.find(
      Campaign,
      { state: { $ne: CampaignState.DELETED }, isTemplate: false },
      { fields: ['id', 'queue'] },
    );
    return campaigns.flatMap((campaign) =>
      queueExits(campaign.queue)
        .filter((to) => to.type !== DestinationType.HANGUP)
        .map((to) => ({ from: { type: QUEUE_OWNER, id: campaign.id }, to })),
    );
  },
});

// Deleting an audio a campaign queue plays is refused (AudioError IN_USE) with these names.
registerAudioUse('campaign queues', async (em, audioId) => {
  const campaigns = await em.find(
    Campaign,
    { state: { $ne: CampaignState.DELETED }, $or: audioFields.map((field) => ({ queue: { [field]: audioId } })) },
    { fields: ['id', 'name', 'queue'], orderBy: { name: 'asc' } },
  );
  return campaigns.flatMap((campaign) =>
    audioFields
      .filter((field) => campaign.queue[field] === audioId)
      .map((field) => `Campaign ${campaign.name} (${AUDIO_FIELDS[field]})`),
  );
});
