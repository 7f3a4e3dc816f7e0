import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { notFound } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { User } from '../auth/user.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignDatabaseChange } from '../campaigns/campaign-database-change.entity.js';
import { ContactDatabase } from './contact-database.entity.js';
import { Contact } from './contact.entity.js';
import { ContactErrors } from './contact.errors.js';
import { refuseAgents } from './contact-access.js';
import { databaseAccess } from './contact-database-scope.js';
import { checkStructure, sameStructure, type ContactStructure } from './contact-structure.js';
import type {
  ContactDatabaseFilter,
  CreateContactDatabaseInput,
  UpdateContactDatabaseInput,
} from './contact-database.inputs.js';

function structureOf(database: ContactDatabase): ContactStructure {
  return {
    columns: database.columns,
    phoneColumns: database.phoneColumns,
    externalIdColumn: database.externalIdColumn,
  };
}

/**
 * A database the viewer may read, locked for the rest of the transaction when `lock` is given.
 * Writers of contacts and of the structure lock it first, so a structure never changes under
 * a contact being written and contactCount stays exact.
 */
export async function findDatabase(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  lock?: LockMode.PESSIMISTIC_WRITE | LockMode.PESSIMISTIC_READ,
): Promise<ContactDatabase> {
  const database = await em.findOne(
    ContactDatabase,
    { $and: [{ id }, databaseAccess<ContactDatabase>(viewer, 'id')] },
    lock ? { lockMode: lock, refresh: true } : {},
  );
  if (!database) throw notFound('Contact database', id);
  return database;
}

async function changeStructure(em: EntityManager, database: ContactDatabase, input: UpdateContactDatabaseInput) {
  const current = structureOf(database);
  const next = checkStructure({
    columns: input.columns ?? current.columns,
    phoneColumns: input.phoneColumns ?? current.phoneColumns,
    externalIdColumn: input.externalIdColumn === undefined ? current.externalIdColumn : input.externalIdColumn,
  });
  if (sameStructure(current, next)) return;
  await em.lock(database, LockMode.PESSIMISTIC_WRITE);
  const contacts = await em.count(Contact, { database });
  if (contacts > 0) {
    throw ContactErrors.create('STRUCTURE_LOCKED', `The database has ${contacts} contacts; its columns cannot change`, {
      contacts,
    });
  }
  Object.assign(database, next);
}

export const contactDatabaseService = new CrudService<
  ContactDatabase,
  CreateContactDatabaseInput,
  UpdateContactDatabaseInput,
  ContactDatabaseFilter
>({
  entity: ContactDatabase,
  label: 'Contact database',
  read: Permission.CONTACTS_READ,
  manage: Permission.CONTACTS_MANAGE,
  scope: ({ viewer }) => databaseAccess<ContactDatabase>(viewer, 'id'),
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: ({ em, viewer }, input) => {
    refuseAgents(viewer, 'create contact databases');
    const database = new ContactDatabase();
    database.name = input.name;
    database.createdBy = em.getReference(User, viewer.userId);
    Object.assign(database, checkStructure({ ...input, externalIdColumn: input.externalIdColumn ?? null }));
    return database;
  },
  update: async ({ em, viewer }, database, input) => {
    refuseAgents(viewer, 'change contact databases');
    if (input.name) database.name = input.name;
    await changeStructure(em, database, input);
  },
  beforeDelete: async ({ em, viewer }, database) => {
    refuseAgents(viewer, 'delete contact databases');
    const campaigns = await em.count(Campaign, { contactDatabase: database });
    if (campaigns > 0) {
      throw ContactErrors.create('DATABASE_IN_USE', `The database is used by ${campaigns} campaigns`, { campaigns });
    }
    // Rotated out of a campaign: the campaign's dispositions still point at its contacts.
    const rotated = await em.count(CampaignDatabaseChange, { fromDatabase: database });
    if (rotated > 0) {
      throw ContactErrors.create(
        'DATABASE_IN_USE',
        'The database was used by a campaign, whose history and dispositions refer to its contacts',
        { campaigns: 0, replacements: rotated },
      );
    }
  },
});
