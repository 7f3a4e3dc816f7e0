import { extension, type ConfSection } from '../conf-file.js';
import { campaignQueueName } from './campaign-queues-conf.js';
import type { InboundRouteModel } from './telephony-model.js';
import { FROM_TRUNK_CONTEXT } from './trunks-wizard-conf.js';

/**
 * Carriers' calls to our DIDs: each mapped DID enters its campaign's queue, carrying the
 * channel-variable contract (call id, campaign, the caller's number as SB_PHONE). The base
 * configuration's `_X.` in the same context refuses every other DID with cause 1
 * (unallocated); an exact extension always wins over that pattern.
 */
export function inboundRoutesDialplan(routes: readonly InboundRouteModel[]): ConfSection[] {
  if (routes.length === 0) return [];
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
          // Answered at once, as a contact center does: the caller hears music on hold, not ringing.
          'Answer()',
          `Queue(${campaignQueueName(route.campaignId)})`,
          'Hangup()',
        ]),
      ),
    },
  ];
}
