import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { DomainContext } from '../common/domain-context.js';
import { listPage } from '../common/list-query.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from './contact.entity.js';
import { ContactDatabase } from './contact-database.entity.js';
import { ContactErrors } from './contact.errors.js';
import { campaignForViewer } from './contact-access.js';
import { databaseAccess } from './contact-database-scope.js';
import { applyContactData, insertContact, lockContact } from './contact.service.js';
import { findDatabase } from './contact-database.service.js';
import { contactFilterConditions, normalizedPhoneFilter } from './contact-filters.js';
import { canonicalPhone } from './phone-index/canonical-phone.js';
import { hasCanonicalPhone } from './phone-index/find-contacts-by-phone.js';
import {
  NO_RESTRICTION,
  agentRestriction,
  campaignRestriction,
  isHidden,
  redactContact,
  type ContactRestriction,
} from './contact-visibility.js';
import type { ContactFilter } from './contact.inputs.js';

const SEARCH_LIMIT = 50;

function emptyPage(): Page<Contact> {
  return {
    nodes: [],
    totalCount: 0,
    pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false },
  };
}

/** The campaign's hiding, for agents: the rule every agent read of a campaign's contact applies. */
export function viewerCampaignRestriction(context: DomainContext, campaign: Campaign): ContactRestriction {
  return context.viewer.isAgent ? campaignRestriction(campaign) : NO_RESTRICTION;
}

/** The contacts of a campaign's database; agents get them without the fields the campaign hides. */
export async function listCampaignContacts(
  context: DomainContext,
  campaignId: string,
  filter: ContactFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Contact>> {
  context.viewer.require(Permission.CONTACTS_READ);
  const campaign = await campaignForViewer(context, campaignId);
  const database = campaign.contactDatabase;
  if (!database) return emptyPage();
  const restriction = viewerCampaignRestriction(context, campaign);
  const conditions = contactFilterConditions(filter, database, restriction);
  const where = { $and: [{ database }, ...conditions] } as FilterQuery<Contact>;
  const result = await listPage(context.em, Contact, where, page);
  if (!context.viewer.isAgent) return result;
  return { ...result, nodes: result.nodes.map((contact) => redactContact(contact, database, restriction)) };
}

/** A campaign's contact columns as the viewer may know them: `mainPhone` is the first phone column. */
export interface CampaignContactStructure {
  columns: string[];
  mainPhone: string | null;
  externalIdColumn: string | null;
}

/**
 * The structure of the campaign's contact database (the REST bridge's database_metadata), for
 * whoever works with the campaign; agents do not learn of the columns the campaign hides.
 */
export async function campaignContactStructure(
  context: DomainContext,
  campaignId: string,
): Promise<CampaignContactStructure> {
  context.viewer.require(Permission.CONTACTS_READ);
  const campaign = await campaignForViewer(context, campaignId);
  const database = campaign.contactDatabase;
  if (!database) return { columns: [], mainPhone: null, externalIdColumn: null };
  const restriction = viewerCampaignRestriction(context, campaign);
  const visible = (column: string | null) => (column !== null && !isHidden(restriction, column) ? column : null);
  return {
    columns: database.columns.filter((column) => !isHidden(restriction, column)),
    mainPhone: visible(database.phoneColumns[0] ?? null),
    externalIdColumn: visible(database.externalIdColumn),
  };
}

/**
 * The manual: agents edit contacts during calls, except the fields the campaign blocks (they
 * see them) or hides (they do not; any value sent for one is refused, so that the answer
 * cannot reveal what it holds).
 */
function assertAgentMayChange(campaign: Campaign, contact: Contact, changes: Record<string, unknown>): void {
  const hidden = new Set(campaign.hiddenContactFields);
  const blocked = new Set(campaign.blockedContactFields);
  for (const [column, value] of Object.entries(changes)) {
    const field = `data.${column}`;
    if (hidden.has(column)) {
      throw ContactErrors.create('FIELD_HIDDEN', `${field}: the campaign hides this field from agents`, { field });
    }
    const current = contact.data[column] ?? null;
    const next = value === null || value === undefined || value === '' ? null : String(value).trim();
    if (blocked.has(column) && current !== next) {
      throw ContactErrors.create('FIELD_BLOCKED', `${field}: the campaign does not let agents change this field`, {
        field,
      });
    }
  }
}

/**
 * The manual: when an agent creates a contact, the fields the campaign only blocks are open
 * "for this first time"; hidden fields stay closed (the agent does not know they exist).
 */
function assertAgentMayCreate(campaign: Campaign, data: Record<string, unknown>): void {
  const hidden = new Set(campaign.hiddenContactFields);
  for (const column of Object.keys(data)) {
    if (hidden.has(column)) {
      const field = `data.${column}`;
      throw ContactErrors.create('FIELD_HIDDEN', `${field}: the campaign hides this field from agents`, { field });
    }
  }
}

/**
 * Adds one contact to the campaign's database (the manual's "Agregar Contacto" and the REST
 * bridge's new_contact): supervisors of the campaign and managers with CONTACTS_MANAGE, and
 * the campaign's assigned agents, whatever the campaign type (agents add the people they call
 * or who call them), within the campaign's hidden fields.
 */
export async function createCampaignContact(
  context: DomainContext,
  campaignId: string,
  data: Record<string, unknown>,
): Promise<Contact> {
  context.viewer.require(context.viewer.isAgent ? Permission.AGENT_CONSOLE : Permission.CONTACTS_MANAGE);
  return inTransaction(context, 'Contact', async (scoped) => {
    const campaign = await campaignForViewer(scoped, campaignId);
    if (!campaign.contactDatabase) {
      throw ContactErrors.create('CAMPAIGN_HAS_NO_DATABASE', `Campaign ${campaign.name} has no contact database`, {
        field: 'campaignId',
      });
    }
    if (scoped.viewer.isAgent) assertAgentMayCreate(campaign, data);
    const { em, viewer } = scoped;
    const database = await findDatabase(em, viewer, campaign.contactDatabase.id, LockMode.PESSIMISTIC_WRITE);
    const contact = await insertContact(em, database, data);
    return viewer.isAgent ? redactContact(contact, database, campaignRestriction(campaign)) : contact;
  });
}

export async function updateCampaignContact(
  context: DomainContext,
  campaignId: string,
  contactId: string,
  changes: Record<string, unknown>,
): Promise<Contact> {
  context.viewer.require(context.viewer.isAgent ? Permission.AGENT_CONSOLE : Permission.CONTACTS_MANAGE);
  return inTransaction(context, 'Contact', async (scoped) => {
    const campaign = await campaignForViewer(scoped, campaignId);
    const { contact, database } = await lockContact(scoped, contactId, LockMode.PESSIMISTIC_READ);
    if (campaign.contactDatabase?.id !== database.id) {
      throw ContactErrors.create('NOT_IN_CAMPAIGN_DATABASE', `Contact ${contactId} is not in the campaign's database`, {
        field: 'contactId',
      });
    }
    if (scoped.viewer.isAgent) assertAgentMayChange(campaign, contact, changes);
    await applyContactData(scoped.em, contact, database, changes);
    await scoped.em.flush();
    return scoped.viewer.isAgent ? redactContact(contact, database, campaignRestriction(campaign)) : contact;
  });
}

/**
 * Contacts with this number in any phone column, across the databases the viewer may read
 * (for agents, those of their campaigns). An agent finds a contact only through a phone column
 * it may see, and gets it without the fields its campaigns hide.
 */
export async function searchContactsByPhone(context: DomainContext, phone: string): Promise<Contact[]> {
  context.viewer.require(Permission.CONTACTS_READ);
  normalizedPhoneFilter(phone, 'phone');
  // Through the phone index, in canonical form: "+54 11…", "0054 11…" and "5411…" are one number.
  const key = canonicalPhone(phone)!;
  const contacts = await context.em.find(
    Contact,
    {
      $and: [databaseAccess<Contact>(context.viewer, 'database_id'), hasCanonicalPhone(key, null)],
    } as FilterQuery<Contact>,
    { populate: ['database'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: SEARCH_LIMIT },
  );
  if (!context.viewer.isAgent) return contacts;
  const visible: Contact[] = [];
  for (const contact of contacts) {
    const database: ContactDatabase = contact.database;
    const restriction = await agentRestriction(context, database.id);
    const matches = database.phoneColumns.some((column) => {
      const value = contact.data[column];
      return value !== undefined && canonicalPhone(value) === key && !isHidden(restriction, column);
    });
    if (matches) visible.push(redactContact(contact, database, restriction));
  }
  return visible;
}
