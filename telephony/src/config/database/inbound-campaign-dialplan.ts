import { extension, type ConfSection } from '../conf-file.js';
import { RECORDED_CAMPAIGNS_CONTEXT, recordingFileExpression } from './call-setup-dialplan.js';
import { campaignQueueName } from './campaign-queues-conf.js';
import { campaignQueueSteps, campaignQueueSupportDialplan } from './campaign-queue-dialplan.js';
import { destinationContext, gotoDestination } from './destination-dialplan.js';
import { agentLegOption } from './in-call-dialplan.js';
import type { CampaignQueueModel, DatabaseConfigurationOptions, InboundCampaignModel } from './telephony-model.js';

/** The FastAGI script that finds the caller in the campaign's contact database. */
export const INBOUND_CONTACT_AGI_SCRIPT = 'inbound-contact';
/** Variable the FastAGI server sets: the matching contact's id, or empty. */
export const INBOUND_CONTACT_VARIABLE = 'SB_CONTACT_MATCH';

/**
 * Steps before the queue, when the options are known: the caller's contact (FastAGI; a check
 * that fails leaves the call without a contact rather than without an agent) unless a caller
 * identification node found it already, and the recording of campaigns that record every call.
 */
function beforeQueue(campaignId: string, options: DatabaseConfigurationOptions | undefined): string[] {
  if (!options) return [];
  const agi = `agi://${options.agi.host}:${options.agi.port}/${INBOUND_CONTACT_AGI_SCRIPT}`;
  const key = campaignId.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return [
    `GotoIf($["\${SB_CONTACT_ID}" != ""]?identified)`,
    `Set(${INBOUND_CONTACT_VARIABLE}=)`,
    // No arguments: the handler reads SB_PHONE and SB_CAMPAIGN_ID. The caller picks its caller
    // id, and a comma in an argument list would shift the campaign id it is looked up in.
    `AGI(${agi})`,
    `ExecIf($["\${${INBOUND_CONTACT_VARIABLE}}" != ""]?Set(__SB_CONTACT_ID=\${${INBOUND_CONTACT_VARIABLE}}))`,
    `(identified)GotoIf($[\${DIALPLAN_EXISTS(${RECORDED_CAMPAIGNS_CONTEXT},${key},1)}]?:queue)`,
    `Set(__SB_RECORDING=${recordingFileExpression(options.recordings.fileNamePattern)})`,
    // b: only while bridged, so the file holds the conversation and not the waiting.
    `MixMonitor(${options.recordings.directory}/\${SB_RECORDING},b)`,
  ];
}

/**
 * The CAMPAIGN destination: `sb-dest-campaign-<id>`, where routes, IVR options and time
 * conditions send callers. A live campaign sets SB_CAMPAIGN_ID (inherited by the agent's leg),
 * finds the contact, records if it must, answers, plays the welcome and queues with the maximum
 * wait, then sends callers no agent took to the failover destination (campaignQueueSteps); one that is not live (paused,
 * finished, inactive) refuses the call as unallocated, so that nobody waits for no agent.
 */
export function inboundCampaignDialplan(
  campaigns: readonly InboundCampaignModel[],
  options?: DatabaseConfigurationOptions,
  queues: readonly CampaignQueueModel[] = [],
): ConfSection[] {
  const queueOf = new Map(queues.map((queue) => [queue.campaignId, queue]));
  const contexts = campaigns.map(({ campaignId, live }) => {
    const queue = queueOf.get(campaignId);
    const failover = gotoDestination(queue?.failover ?? { type: 'HANGUP', id: null });
    const queueOptions = agentLegOption(queue?.autoAttend ?? null);
    return {
      name: destinationContext('CAMPAIGN', campaignId),
      separator: '=>' as const,
      lines: extension(
        's',
        live
          ? [
              `Set(__SB_CAMPAIGN_ID=${campaignId})`,
              ...beforeQueue(campaignId, options),
              // Answered at once, as a contact center does: the caller hears music on hold, not ringing.
              `(queue)Answer()`,
              ...(queue
                ? campaignQueueSteps(queue, queueOptions, failover)
                : [`Queue(${campaignQueueName(campaignId)},${queueOptions})`, 'Hangup()']),
            ]
          : ['Hangup(1)'],
      ),
    };
  });
  const inbound = new Set(campaigns.map((campaign) => campaign.campaignId));
  const support = campaignQueueSupportDialplan(
    queues.filter((queue) => inbound.has(queue.campaignId)),
    (ivrId) => gotoDestination({ type: 'IVR', id: ivrId }),
  );
  return [...contexts, ...(campaigns.length > 0 ? support : [])];
}
