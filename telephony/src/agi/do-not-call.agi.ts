import { findBlockingLists, normalizePhone, type Orm } from '@switchboard/schema';
import { DNC_RESULT_VARIABLE } from '../config/database/call-setup-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';

/**
 * `AGI(agi://host:port/dnc)`, with the number in SB_PHONE (read from the channel, not passed
 * as an argument, where a comma would shift it): sets SB_DNC_RESULT to BLOCKED or ALLOWED, and
 * SB_DNC_LISTS to the names of the blocking lists. The dialplan raises the UserEvent and
 * hangs up; a number that is not a phone number (an extension) cannot be on a list.
 */
export function doNotCallHandler(orm: Orm): AgiHandler {
  return async (session, _environment, logger) => {
    const phone = await session.getVariable('SB_PHONE');
    const lists = normalizePhone(phone) ? (await findBlockingLists(orm.em.fork(), phone)).map((list) => list.name) : [];
    const blocked = lists.length > 0;
    if (blocked) logger.info({ phone, lists }, 'number on a do-not-call list: not dialing');
    await session.setVariable('SB_DNC_LISTS', lists.join(','));
    await session.setVariable(DNC_RESULT_VARIABLE, blocked ? 'BLOCKED' : 'ALLOWED');
  };
}
