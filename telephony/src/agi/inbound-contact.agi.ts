import { findInboundContact, type Orm } from '@switchboard/schema';
import { INBOUND_CONTACT_VARIABLE } from '../config/database/inbound-routes-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';

/**
 * `AGI(agi://host:port/inbound-contact,<caller number>,<campaign id>)`: sets SB_CONTACT_MATCH
 * to the id of the caller's contact in the campaign's database, or to nothing. The dialplan
 * turns it into SB_CONTACT_ID before the call is queued, so the agent's leg inherits it.
 */
export function inboundContactHandler(orm: Orm): AgiHandler {
  return async (session, environment, logger) => {
    const phone = environment['arg_1'] ?? '';
    const campaignId = environment['arg_2'] ?? '';
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const contact = uuid.test(campaignId) ? await findInboundContact(orm.em.fork(), campaignId, phone) : null;
    logger.debug({ phone, campaignId, contactId: contact?.id ?? null }, 'inbound caller matched');
    await session.setVariable(INBOUND_CONTACT_VARIABLE, contact?.id ?? '');
  };
}
