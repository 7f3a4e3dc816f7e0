import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { listPage } from '../common/list-query.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { Contact } from './contact.entity.js';
import type { ContactDatabase } from './contact-database.entity.js';
import { ContactErrors } from './contact.errors.js';
import { contactValues } from './contact-data.js';
import { refuseAgents } from './contact-access.js';
import { databaseAccess } from './contact-database-scope.js';
import { findDatabase } from './contact-database.service.js';
import { contactFilterConditions } from './contact-filters.js';
import { contactForViewer, NO_RESTRICTION } from './contact-visibility.js';
import type { ContactFilter } from './contact.inputs.js';

const LABEL = 'Contact';

async function assertExternalIdFree(em: EntityManager, contact: Contact): Promise<void> {
  if (contact.externalId === null) return;
  const taken = await em.findOne(Contact, {
    database: contact.database,
    externalId: contact.externalId,
    id: { $ne: contact.id },
  });
  if (taken) {
    throw ContactErrors.create('DUPLICATE_EXTERNAL_ID', `External id ${contact.externalId} is already used`, {
      field: `data.${contact.database.externalIdColumn}`,
      externalId: contact.externalId,
      contactId: taken.id,
    });
  }
}

/** Applies data changes to a contact of a locked database: the one path every edit takes. */
export async function applyContactData(
  em: EntityManager,
  contact: Contact,
  database: ContactDatabase,
  changes: Record<string, unknown>,
): Promise<void> {
  const values = contactValues(database, contact.data, changes);
  contact.data = values.data;
  contact.phone = values.phone;
  contact.externalId = values.externalId;
  await assertExternalIdFree(em, contact);
}

/** A contact the viewer may read (scope only: the caller decides what an agent sees of it). */
export async function findContact(context: DomainContext, id: string): Promise<Contact> {
  const contact = await context.em.findOne(Contact, {
    $and: [{ id }, databaseAccess<Contact>(context.viewer, 'database_id')],
  });
  if (!contact) throw notFound(LABEL, id);
  return contact;
}

/**
 * A contact and its database, locked in that order (database, then contact) by every writer so
 * that concurrent edits neither deadlock nor lose each other's changes.
 */
export async function lockContact(
  context: DomainContext,
  id: string,
  databaseLock: LockMode.PESSIMISTIC_WRITE | LockMode.PESSIMISTIC_READ,
): Promise<{ contact: Contact; database: ContactDatabase }> {
  const found = await findContact(context, id);
  const database = await findDatabase(context.em, context.viewer, found.database.id, databaseLock);
  const contact = await context.em.findOneOrFail(
    Contact,
    { id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  return { contact, database };
}

function requireManager(context: DomainContext, action: string): void {
  context.viewer.require(Permission.CONTACTS_MANAGE);
  // Agents edit through updateCampaignContact, where their campaign's restrictions apply.
  refuseAgents(context.viewer, action);
}

export async function listContacts(
  context: DomainContext,
  databaseId: string,
  filter: ContactFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Contact>> {
  context.viewer.require(Permission.CONTACTS_READ);
  refuseAgents(context.viewer, 'list contact databases; use campaignContacts');
  const database = await findDatabase(context.em, context.viewer, databaseId);
  const conditions = contactFilterConditions(filter, database, NO_RESTRICTION);
  return listPage(context.em, Contact, { $and: [{ database }, ...conditions] } as FilterQuery<Contact>, page);
}

export async function getContact(context: DomainContext, id: string): Promise<Contact> {
  context.viewer.require(Permission.CONTACTS_READ);
  return contactForViewer(context, await findContact(context, id));
}

export async function createContact(
  context: DomainContext,
  databaseId: string,
  data: Record<string, unknown>,
): Promise<Contact> {
  requireManager(context, 'create contacts outside a campaign');
  return inTransaction(context, LABEL, async ({ em, viewer }) => {
    const database = await findDatabase(em, viewer, databaseId, LockMode.PESSIMISTIC_WRITE);
    return insertContact(em, database, data);
  });
}

/** A new contact in a database the caller has locked for writing: the one path every creation takes. */
export async function insertContact(
  em: EntityManager,
  database: ContactDatabase,
  data: Record<string, unknown>,
): Promise<Contact> {
  const contact = new Contact();
  contact.database = database;
  await applyContactData(em, contact, database, data);
  em.persist(contact);
  database.contactCount += 1;
  await em.flush();
  return contact;
}

export async function updateContact(context: DomainContext, id: string, data: Record<string, unknown>) {
  requireManager(context, 'change contacts outside a campaign');
  return inTransaction(context, LABEL, async (scoped) => {
    const { contact, database } = await lockContact(scoped, id, LockMode.PESSIMISTIC_READ);
    await applyContactData(scoped.em, contact, database, data);
    await scoped.em.flush();
    return contact;
  });
}

export async function deleteContact(context: DomainContext, id: string): Promise<Contact> {
  requireManager(context, 'delete contacts');
  return inTransaction(context, LABEL, async (scoped) => {
    const { contact, database } = await lockContact(scoped, id, LockMode.PESSIMISTIC_WRITE);
    scoped.em.remove(contact);
    database.contactCount -= 1;
    await scoped.em.flush();
    return contact;
  });
}
