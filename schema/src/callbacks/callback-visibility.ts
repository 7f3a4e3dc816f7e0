import type { DomainContext } from '../common/domain-context.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { campaignRestriction, isHidden } from '../contacts/contact-visibility.js';
import type { Callback } from './callback.entity.js';

/**
 * The number of a callback as the viewer may see it. A campaign that hides its contacts' main
 * phone from agents hides it on their callbacks too (it is usually that number): agents get
 * null, everyone else the number. The entities come from the request's identity map, so a page
 * of callbacks of one campaign costs a query or two, not one per row.
 */
export async function callbackPhoneForViewer(context: DomainContext, callback: Callback): Promise<string | null> {
  if (!context.viewer.isAgent) return callback.phone;
  const { em } = context;
  const campaign = await em.findOneOrFail(Campaign, callback.campaign.id);
  if (campaign.hiddenContactFields.length === 0) return callback.phone;
  const contact = await em.findOneOrFail(Contact, callback.contact.id);
  const database = await em.findOneOrFail(ContactDatabase, contact.database.id);
  return isHidden(campaignRestriction(campaign), database.phoneColumns[0] ?? null) ? null : callback.phone;
}
