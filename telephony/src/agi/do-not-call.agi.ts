import { findBlockingLists, phoneKey, type Orm } from '@switchboard/schema';
import { DNC_RESULT_VARIABLE } from '../config/database/call-setup-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';

/** What SB_DNC_REASON says when the number is blocked without being on a list. */
export const DNC_UNREADABLE_REASON = 'not a phone number';

/**
 * `AGI(agi://host:port/dnc)`, with the number in SB_PHONE (read from the channel, not passed
 * as an argument, where a comma would shift it): sets SB_DNC_RESULT to BLOCKED or ALLOWED,
 * SB_DNC_LISTS to the names of the blocking lists and SB_DNC_REASON to why. The dialplan
 * raises the UserEvent and hangs up. Fails closed: a value no list could be compared with (not
 * a phone number by phoneKey's rule) is BLOCKED, since "cannot tell" must never mean "may dial".
 */
export function doNotCallHandler(orm: Orm): AgiHandler {
  return async (session, _environment, logger) => {
    const phone = await session.getVariable('SB_PHONE');
    const readable = phoneKey(phone) !== null;
    const lists = readable ? (await findBlockingLists(orm.em.fork(), phone)).map((list) => list.name) : [];
    const blocked = !readable || lists.length > 0;
    const reason = !readable ? DNC_UNREADABLE_REASON : lists.length > 0 ? 'on a do-not-call list' : '';
    if (blocked) logger.warn({ phone, lists, reason }, 'do-not-call check: not dialing');
    await session.setVariable('SB_DNC_LISTS', lists.join(','));
    await session.setVariable('SB_DNC_REASON', reason);
    await session.setVariable(DNC_RESULT_VARIABLE, blocked ? 'BLOCKED' : 'ALLOWED');
  };
}
