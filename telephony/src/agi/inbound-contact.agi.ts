import { findInboundContactId, type Orm } from '@switchboard/schema';
import { INBOUND_CONTACT_VARIABLE } from '../config/database/inbound-campaign-dialplan.js';
import type { AgiHandler } from './fastagi-server.js';

const PHONE_VARIABLE = 'SB_PHONE';
const CAMPAIGN_VARIABLE = 'SB_CAMPAIGN_ID';

/**
 * `AGI(agi://host:port/inbound-contact)`: sets SB_CONTACT_MATCH to the id of the caller's
 * contact in the campaign's database, or to nothing. The dialplan turns it into SB_CONTACT_ID
 * before the call is queued, so the agent's leg inherits it. The caller's number (SB_PHONE)
 * and the campaign (SB_CAMPAIGN_ID) are read from the channel, never passed as arguments: the
 * caller chooses its caller id, and a comma in it would shift the campaign argument.
 */
export function inboundContactHandler(orm: Orm): AgiHandler {
  return async (session, _environment, logger) => {
    const phone = await session.getVariable(PHONE_VARIABLE);
    const campaignId = await session.getVariable(CAMPAIGN_VARIABLE);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const contactId = uuid.test(campaignId) ? await findInboundContactId(orm.em.fork(), campaignId, phone) : null;
    logger.debug({ phone, campaignId, contactId }, 'inbound caller matched');
    await session.setVariable(INBOUND_CONTACT_VARIABLE, contactId ?? '');
  };
}
