import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from './contact.entity.js';
import { ContactDatabase } from './contact-database.entity.js';

/** Columns of a database's contacts an agent may not see; `everything` when it has no campaign on it. */
export interface ContactRestriction {
  hidden: ReadonlySet<string>;
  everything: boolean;
}

export const NO_RESTRICTION: ContactRestriction = { hidden: new Set(), everything: false };

export function isHidden(restriction: ContactRestriction, column: string | null): boolean {
  return column !== null && (restriction.everything || restriction.hidden.has(column));
}

/** The restriction of a known campaign. */
export function campaignRestriction(campaign: Campaign): ContactRestriction {
  return { hidden: new Set(campaign.hiddenContactFields), everything: false };
}

// Per request (each request forks its EntityManager), so a page of contacts costs one query.
const restrictionsByRequest = new WeakMap<EntityManager, Map<string, Promise<ContactRestriction>>>();

async function loadAgentRestriction(em: EntityManager, agentId: string, databaseId: string) {
  const campaigns = await em.find(
    Campaign,
    { contactDatabase: databaseId, agents: { agent: agentId } },
    // Partial rows stay out of the identity map, where they would pass for whole campaigns.
    { fields: ['hiddenContactFields'], disableIdentityMap: true },
  );
  // No campaign of the agent uses the database (e.g. unassigned since a callback was made):
  // nothing of the contact reaches it.
  if (campaigns.length === 0) return { hidden: new Set<string>(), everything: true };
  return { hidden: new Set(campaigns.flatMap((campaign) => campaign.hiddenContactFields)), everything: false };
}

/**
 * When the campaign is unknown (a contact reached through a disposition, a callback or a
 * phone search), an agent sees a contact without every field hidden by any of its campaigns
 * that use the contact's database.
 */
export function agentRestriction(context: DomainContext, databaseId: string): Promise<ContactRestriction> {
  const agentId = context.viewer.agentId;
  if (!agentId) return Promise.resolve(NO_RESTRICTION);
  let cache = restrictionsByRequest.get(context.em);
  if (!cache) restrictionsByRequest.set(context.em, (cache = new Map()));
  let restriction = cache.get(databaseId);
  if (!restriction) cache.set(databaseId, (restriction = loadAgentRestriction(context.em, agentId, databaseId)));
  return restriction;
}

const redactedCopies = new WeakSet<Contact>();

export function isRedacted(contact: Contact): boolean {
  return redactedCopies.has(contact);
}

/**
 * A detached copy of the contact without the restricted fields. A copy, never the managed
 * entity: changing the entity would write the redaction to the database on the next flush.
 */
export function redactContact(contact: Contact, database: ContactDatabase, restriction: ContactRestriction): Contact {
  const copy = new Contact();
  copy.id = contact.id;
  copy.createdAt = contact.createdAt;
  copy.updatedAt = contact.updatedAt;
  copy.database = database;
  copy.data = Object.fromEntries(Object.entries(contact.data).filter(([column]) => !isHidden(restriction, column)));
  (copy as { phone: string | null }).phone = isHidden(restriction, database.phoneColumns[0] ?? null)
    ? null
    : contact.phone;
  copy.externalId = isHidden(restriction, database.externalIdColumn) ? null : contact.externalId;
  redactedCopies.add(copy);
  return copy;
}

/** The contact as the viewer may see it: itself for non-agents, a redacted copy for agents. */
export async function contactForViewer(context: DomainContext, contact: Contact): Promise<Contact> {
  if (!context.viewer.isAgent || isRedacted(contact)) return contact;
  // Served from the identity map when already loaded.
  const database = await context.em.findOneOrFail(ContactDatabase, contact.database.id);
  return redactContact(contact, database, await agentRestriction(context, database.id));
}
