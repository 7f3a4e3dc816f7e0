import { extension, type ConfSection } from '../conf-file.js';
import { CALL_SETUP_CONTEXT } from './call-setup-dialplan.js';
import { dialerAnswerHookOption } from './surplus-hangup-dialplan.js';
import type { DialPatternModel, OutboundRouteModel, TrunkModel } from './telephony-model.js';

/** Dial a number here (Local/<number>@switchboard-routes, or Goto) to go out by the routes. */
export const ROUTES_CONTEXT = 'switchboard-routes';
/** The GROUP() category that counts each trunk's channels. */
const TRUNK_GROUP_CATEGORY = 'trunks';

const routeContext = (index: number) => `${ROUTES_CONTEXT}-${index + 1}`;

/** Dial a number here to go out by this route only (a campaign's route), whatever the routes' order. */
export const routeContextById = (routeId: string) => `switchboard-route-${routeId}`;

/**
 * Set (to `T`) on an agent's channel by its own calls (agent-calls-dialplan), not inherited:
 * the agent, the caller of the route's Dial(), may transfer. Hold, consultative transfer and
 * conference are attended transfers AMI starts on the agent's channel, which needs it.
 */
export const AGENT_TRANSFER_OPTION_VARIABLE = 'SB_AGENT_TRANSFER_OPTION';

/** Dial() options are stored free-form; commas and parentheses would change its arguments. */
const safeDialOptions = (options: string) => options.replace(/[^A-Za-z0-9^():]/g, '');

/** The steps that dial through one trunk, then fall through to the next on failover. */
function trunkSteps(trunk: TrunkModel, route: OutboundRouteModel, label: string, next: string): string[] {
  const steps = [
    `(${label})Set(GROUP(${TRUNK_GROUP_CATEGORY})=${trunk.name})`,
    // The count includes this channel: a full trunk is skipped like an unavailable one.
    `GotoIf($[\${GROUP_COUNT(${trunk.name}@${TRUNK_GROUP_CATEGORY})} > ${trunk.maxChannels}]?${next})`,
  ];
  if (trunk.callerId) steps.push(`Set(CALLERID(num)=${trunk.callerId.replace(/[^0-9+*#]/g, '')})`);
  steps.push(
    // Dialer calls run the answer path (see surplus-hangup-dialplan); it replaces a U() of the route's own.
    `Dial(PJSIP/\${SB_NUMBER}@${trunk.name},${route.ringSeconds},${safeDialOptions(route.dialOptions)}${dialerAnswerHookOption()}\${${AGENT_TRANSFER_OPTION_VARIABLE}})`,
    // Only a trunk that could not take the call is skipped; BUSY or NOANSWER are the customer's.
    `GotoIf($["\${DIALSTATUS}" = "CHANUNAVAIL" | "\${DIALSTATUS}" = "CONGESTION"]?${next}:end)`,
  );
  return steps;
}

function patternExtension(pattern: DialPatternModel, route: OutboundRouteModel, trunks: TrunkModel[]) {
  const prefix = pattern.prefix ?? '';
  const steps = [
    `Gosub(${CALL_SETUP_CONTEXT},s,1(\${EXTEN:${prefix.length}}))`,
    `Set(SB_NUMBER=${pattern.prepend ?? ''}\${EXTEN:${prefix.length}})`,
    ...trunks.flatMap((trunk, index) =>
      trunkSteps(trunk, route, `trunk${index + 1}`, index + 1 < trunks.length ? `trunk${index + 2}` : 'failed'),
    ),
    // Every trunk was unavailable or full: congestion, as a carrier would say.
    '(failed)Hangup(34)',
    '(end)Hangup()',
  ];
  return extension(`_${prefix}${pattern.pattern}`, steps);
}

/**
 * Outbound routes. Asterisk orders the patterns of one context by how specific they are, not
 * by position, so each route has its own context and `switchboard-routes` includes them in
 * route order: an included context is searched only if the earlier ones had no match.
 */
export function outboundRoutesDialplan(
  routes: readonly OutboundRouteModel[],
  trunks: readonly TrunkModel[],
): ConfSection[] {
  const trunksByName = new Map(trunks.map((trunk) => [trunk.name, trunk]));
  const routeSections = routes.map((route, index): ConfSection => {
    const routeTrunks = route.trunks.flatMap((name) => trunksByName.get(name) ?? []);
    return {
      name: routeContext(index),
      comment: `Route ${route.name.replace(/\s+/g, ' ')}: trunks ${routeTrunks.map((trunk) => trunk.name).join(', ') || '(none)'}.`,
      separator: '=>',
      lines:
        routeTrunks.length === 0
          ? []
          : route.patterns.flatMap((pattern) => patternExtension(pattern, route, routeTrunks)),
    };
  });
  // One context per route id, for calls that must take a given route (see routeContextById).
  const routesById = routes.flatMap((route, index): ConfSection[] =>
    route.id === undefined
      ? []
      : [{ name: routeContextById(route.id), separator: '=>', lines: [['include', routeContext(index)] as const] }],
  );
  return [
    {
      name: ROUTES_CONTEXT,
      separator: '=>',
      lines: routes.map((_, index) => ['include', routeContext(index)] as const),
    },
    ...routeSections,
    ...routesById,
  ];
}
