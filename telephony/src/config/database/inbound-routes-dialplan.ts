import { extension, type ConfSection } from '../conf-file.js';
import { gotoDestination } from './destination-dialplan.js';
import type { InboundRouteModel } from './telephony-model.js';
import { FROM_TRUNK_CONTEXT } from './trunks-wizard-conf.js';

const DID = /^\+?[0-9]{2,30}$/;
const CALLER_PREFIX = /^[0-9]{0,20}$/;
const LANGUAGE = /^[a-z]{2,3}(_[A-Za-z0-9]{2,8})?$/;

/**
 * `did` for every caller, `did/_<prefix>!` for callers whose number starts with the prefix
 * (`!`: zero or more further digits). Asterisk tries caller-id extensions before the plain one.
 */
function routeExtension(route: InboundRouteModel): string {
  if (!DID.test(route.did)) throw new RangeError(`DID ${JSON.stringify(route.did)} is not an extension`);
  if (!CALLER_PREFIX.test(route.callerIdPrefix)) {
    throw new RangeError(`caller id prefix ${JSON.stringify(route.callerIdPrefix)} is not digits`);
  }
  return route.callerIdPrefix ? `${route.did}/_${route.callerIdPrefix}!` : route.did;
}

/**
 * Carriers' calls to our DIDs: each route sets the channel-variable contract (call id, the
 * caller's number as SB_PHONE, the route, the language of the system prompts), inherited by
 * every leg the call makes, and hands the call to its destination's context. The base
 * configuration's `_X.` in the same context refuses every other DID with cause 1
 * (unallocated); an exact extension always wins over that pattern.
 */
export function inboundRoutesDialplan(routes: readonly InboundRouteModel[]): ConfSection[] {
  if (routes.length === 0) return [];
  return [
    {
      name: FROM_TRUNK_CONTEXT,
      comment: 'Inbound routes: DIDs, by caller prefix, and the destination each sends calls to.',
      separator: '=>',
      lines: routes.flatMap((route) => {
        if (!LANGUAGE.test(route.language)) throw new RangeError(`language ${JSON.stringify(route.language)}`);
        return extension(routeExtension(route), [
          'Set(__SB_CALL_ID=${IF($["${SB_CALL_ID}" = ""]?${UNIQUEID}:${SB_CALL_ID})})',
          'Set(__SB_PHONE=${CALLERID(num)})',
          `Set(SB_ROUTE_ID=${route.id})`,
          `Set(CHANNEL(language)=${route.language})`,
          gotoDestination(route.destination),
        ]);
      }),
    },
  ];
}
