import { extension, type ConfSection } from '../conf-file.js';
import { destinationContext, gotoDestination } from './destination-dialplan.js';
import type { DatabaseConfigurationOptions, TimeConditionModel } from './telephony-model.js';

/** The FastAGI script that reads a time condition's rules on the clock of its zone. */
export const TIME_CONDITION_AGI_SCRIPT = 'time-condition';
/** Set by the FastAGI server: 1 when the time group matches now, 0 when not. */
export const TIME_CONDITION_VARIABLE = 'SB_TIME_MATCH';

/**
 * The TIME_CONDITION destination: the decision is taken at call time by FastAGI, with the
 * same function that decides campaigns' calling windows (matchesTimeRules), so the rules have
 * one implementation and a time-group edit needs no reload. No answer from FastAGI (down,
 * timed out) takes the "otherwise" branch: the one administrators use for "closed".
 */
export function timeConditionsDialplan(
  conditions: readonly TimeConditionModel[],
  options?: DatabaseConfigurationOptions,
): ConfSection[] {
  return conditions.map((condition) => {
    const context = destinationContext('TIME_CONDITION', condition.id);
    const agi = options ? `agi://${options.agi.host}:${options.agi.port}/${TIME_CONDITION_AGI_SCRIPT}` : null;
    return {
      name: context,
      separator: '=>' as const,
      lines: extension('s', [
        `Set(${TIME_CONDITION_VARIABLE}=)`,
        // The id is a UUID (destinationContext checked it): it cannot shift the argument list.
        ...(agi ? [`AGI(${agi},${condition.id})`] : []),
        `GotoIf($["\${${TIME_CONDITION_VARIABLE}}" = "1"]?match)`,
        gotoDestination(condition.otherwise),
        `(match)${gotoDestination(condition.match)}`,
      ]),
    };
  });
}
