import { extension, type ConfSection } from '../conf-file.js';
import { RECORDED_CAMPAIGNS_CONTEXT, recordingFileExpression } from './call-setup-dialplan.js';
import { campaignQueueName } from './campaign-queues-conf.js';
import { agentLegOption } from './in-call-dialplan.js';
import type { CampaignQueueModel, DatabaseConfigurationOptions, InboundRouteModel } from './telephony-model.js';
import { FROM_TRUNK_CONTEXT } from './trunks-wizard-conf.js';

/** The FastAGI script that finds the caller in the campaign's contact database. */
export const INBOUND_CONTACT_AGI_SCRIPT = 'inbound-contact';
/** Variable the FastAGI server sets: the matching contact's id, or empty. */
export const INBOUND_CONTACT_VARIABLE = 'SB_CONTACT_MATCH';

/**
 * Steps before the queue, when the options are known: the caller's contact (FastAGI; a check
 * that fails leaves the call without a contact rather than without an agent), and the
 * recording of campaigns that record every call.
 */
function beforeQueue(campaignId: string, options: DatabaseConfigurationOptions | undefined): string[] {
  if (!options) return [];
  const agi = `agi://${options.agi.host}:${options.agi.port}/${INBOUND_CONTACT_AGI_SCRIPT}`;
  const key = campaignId.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return [
    `Set(${INBOUND_CONTACT_VARIABLE}=)`,
    // No arguments: the handler reads SB_PHONE and SB_CAMPAIGN_ID. The caller picks its caller
    // id, and a comma in an argument list would shift the campaign id it is looked up in.
    `AGI(${agi})`,
    `ExecIf($["\${${INBOUND_CONTACT_VARIABLE}}" != ""]?Set(__SB_CONTACT_ID=\${${INBOUND_CONTACT_VARIABLE}}))`,
    `GotoIf($[\${DIALPLAN_EXISTS(${RECORDED_CAMPAIGNS_CONTEXT},${key},1)}]?:queue)`,
    `Set(__SB_RECORDING=${recordingFileExpression(options.recordings.fileNamePattern)})`,
    // b: only while bridged, so the file holds the conversation and not the waiting.
    `MixMonitor(${options.recordings.directory}/\${SB_RECORDING},b)`,
  ];
}

/**
 * Carriers' calls to our DIDs: each mapped DID enters its campaign's queue, carrying the
 * channel-variable contract (call id, campaign, the caller's number as SB_PHONE, the contact
 * found by that number), which the agent's leg inherits. The base configuration's `_X.` in the
 * same context refuses every other DID with cause 1 (unallocated); an exact extension always
 * wins over that pattern.
 */
export function inboundRoutesDialplan(
  routes: readonly InboundRouteModel[],
  options?: DatabaseConfigurationOptions,
  queues: readonly CampaignQueueModel[] = [],
): ConfSection[] {
  if (routes.length === 0) return [];
  const autoAttend = new Map(queues.map((queue) => [queue.campaignId, queue.autoAttend ?? null]));
  return [
    {
      name: FROM_TRUNK_CONTEXT,
      comment: 'Inbound routes: DIDs of active inbound campaigns.',
      separator: '=>',
      lines: routes.flatMap((route) =>
        extension(route.did, [
          'Set(__SB_CALL_ID=${IF($["${SB_CALL_ID}" = ""]?${UNIQUEID}:${SB_CALL_ID})})',
          `Set(__SB_CAMPAIGN_ID=${route.campaignId})`,
          'Set(__SB_PHONE=${CALLERID(num)})',
          ...beforeQueue(route.campaignId, options),
          // Answered at once, as a contact center does: the caller hears music on hold, not ringing.
          `(queue)Answer()`,
          `Queue(${campaignQueueName(route.campaignId)},${agentLegOption(autoAttend.get(route.campaignId))})`,
          'Hangup()',
        ]),
      ),
    },
  ];
}
