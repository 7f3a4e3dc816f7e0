import type { Orm } from '@switchboard/schema';
import { TIME_CONDITION_AGI_SCRIPT } from '../config/database/time-conditions-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';
import { timeConditionHandler } from './time-condition.agi.js';

/** The FastAGI scripts destination nodes ask at call time, for the server's handler map. */
export function destinationAgiHandlers(orm: Orm): Array<[string, AgiHandler]> {
  return [[TIME_CONDITION_AGI_SCRIPT, timeConditionHandler(orm)]];
}
