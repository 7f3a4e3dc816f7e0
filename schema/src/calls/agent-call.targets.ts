import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { invalidInput } from '../common/domain-error.js';
import { normalizePhone } from '../common/phone.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { campaignForViewer } from '../contacts/contact-access.js';
import { ContactErrors } from '../contacts/contact.errors.js';
import { createCampaignContact } from '../contacts/campaign-contact.service.js';
import { findContact } from '../contacts/contact.service.js';
import type { Contact } from '../contacts/contact.entity.js';
import { OutboundRoute } from '../telephony/outbound-route.entity.js';
import { AgentCallErrors } from './agent-call.errors.js';
import { routeMatches } from './dial-pattern.js';

/** Campaigns in these states take manual calls: pausing a campaign stops its dialer, not its agents. */
const DIALABLE_STATES: ReadonlySet<CampaignState> = new Set([CampaignState.ACTIVE, CampaignState.PAUSED]);

/** What a number is dialed through: one route, with the caller id the customer sees. */
export interface ExternalTarget {
  campaign: Campaign | null;
  phone: string;
  routeId: string;
  callerId: string | null;
  /** The contact offered, or null (unidentified, or still to be created). */
  contact: Contact | null;
}

export function phoneFrom(value: string | null | undefined, field: string): string {
  const phone = value ? normalizePhone(value) : null;
  if (!phone) throw invalidInput(field, `"${value ?? ''}" is not a phone number`);
  return phone;
}

/** A live campaign the agent works in, that may take a call now. */
export async function dialableCampaign(context: DomainContext, campaignId: string): Promise<Campaign> {
  const campaign = await campaignForViewer(context, campaignId);
  if (!DIALABLE_STATES.has(campaign.state)) {
    throw AgentCallErrors.create('CAMPAIGN_NOT_ACTIVE', `Campaign ${campaign.name} is ${campaign.state}`, {
      field: 'campaignId',
      state: campaign.state,
    });
  }
  return campaign;
}

/** The campaign's own route: calls for a campaign go out by it, whatever the routes' order. */
export async function campaignRoute(em: EntityManager, campaign: Campaign, phone: string): Promise<OutboundRoute> {
  const route = campaign.outboundRoute ? await em.findOne(OutboundRoute, { id: campaign.outboundRoute.id }) : null;
  if (!route || route.trunkIds.length === 0) {
    throw AgentCallErrors.create('NO_OUTBOUND_ROUTE', `Campaign ${campaign.name} has no outbound route with a trunk`, {
      campaignId: campaign.id,
    });
  }
  if (!routeMatches(route.patterns, phone)) {
    throw AgentCallErrors.create('NO_MATCHING_ROUTE', `phone: ${phone} matches no pattern of route ${route.name}`, {
      field: 'phone',
      routeId: route.id,
    });
  }
  return route;
}

/** Out of campaign: the first route, in matching order, that has a trunk and a matching pattern. */
export async function firstMatchingRoute(em: EntityManager, phone: string): Promise<OutboundRoute> {
  const routes = await em.find(OutboundRoute, {}, { orderBy: { position: 'asc', name: 'asc' } });
  const route = routes.find((candidate) => candidate.trunkIds.length > 0 && routeMatches(candidate.patterns, phone));
  if (!route) {
    throw AgentCallErrors.create('NO_MATCHING_ROUTE', `phone: no outbound route dials ${phone}`, { field: 'phone' });
  }
  return route;
}

/**
 * The contact a campaign call is for, and the number: the one typed, or the contact's number in
 * `phoneColumn` (a column the campaign does not hide from agents).
 */
export async function campaignContact(
  context: DomainContext,
  campaign: Campaign,
  contactId: string,
  typedPhone: string | null | undefined,
  phoneColumn: string | null | undefined,
): Promise<{ contact: Contact; phone: string }> {
  const contact = await findContact(context, contactId);
  const database = campaign.contactDatabase;
  if (!database || contact.database.id !== database.id) {
    throw AgentCallErrors.create('CONTACT_NOT_IN_CAMPAIGN', `contactId: not a contact of campaign ${campaign.name}`, {
      field: 'contactId',
    });
  }
  if (!phoneColumn) return { contact, phone: phoneFrom(typedPhone, 'phone') };
  if (!database.phoneColumns.includes(phoneColumn)) {
    throw invalidInput('phoneColumn', `"${phoneColumn}" is not a phone column of the campaign's database`);
  }
  if (context.viewer.isAgent && campaign.hiddenContactFields.includes(phoneColumn)) {
    throw ContactErrors.create('FIELD_HIDDEN', 'phoneColumn: the campaign hides this field from agents', {
      field: 'phoneColumn',
    });
  }
  const phone = phoneFrom(contact.data[phoneColumn], 'phoneColumn');
  if (typedPhone && normalizePhone(typedPhone) !== phone) {
    throw invalidInput('phone', `does not match the contact's ${phoneColumn}; leave it out or send the same number`);
  }
  return { contact, phone };
}

/** A new contact of the campaign's database, by the contacts domain's own rules; its main phone defaults to the number. */
export async function newCampaignContact(
  context: DomainContext,
  campaign: Campaign,
  data: Record<string, unknown>,
  phone: string,
): Promise<Contact> {
  const mainColumn = campaign.contactDatabase?.phoneColumns[0];
  const filled = mainColumn && !data[mainColumn] ? { ...data, [mainColumn]: phone } : data;
  return createCampaignContact(context, campaign.id, filled);
}
