import { TimeCondition, matchesTimeRules, type Orm } from '@switchboard/schema';
import { TIME_CONDITION_VARIABLE } from '../config/database/time-conditions-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `AGI(agi://host:port/time-condition,<id>)`: sets SB_TIME_MATCH to 1 when the condition's
 * time group matches now in its time zone, 0 otherwise (also for an unknown condition). The
 * rules are read from the database at call time.
 */
export function timeConditionHandler(orm: Orm, now: () => Date = () => new Date()): AgiHandler {
  return async (session, environment, logger) => {
    const id = environment['arg_1'] ?? '';
    const condition = UUID.test(id)
      ? await orm.em.fork().findOne(TimeCondition, { id }, { populate: ['timeGroup'] })
      : null;
    const matched = condition ? matchesTimeRules(condition.timeGroup.rules, now(), condition.timeZone) : false;
    logger.debug({ timeConditionId: id, found: condition !== null, matched }, 'time condition evaluated');
    await session.setVariable(TIME_CONDITION_VARIABLE, matched ? '1' : '0');
  };
}
