import { Resolver } from 'type-graphql';
import {
  ContactDatabase,
  ContactDatabaseFilter,
  CreateContactDatabaseInput,
  UpdateContactDatabaseInput,
  contactDatabaseService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => ContactDatabase)
export class ContactDatabaseResolver extends createCrudResolver({
  type: ContactDatabase,
  create: CreateContactDatabaseInput,
  update: UpdateContactDatabaseInput,
  filter: ContactDatabaseFilter,
  service: contactDatabaseService,
  singular: 'contactDatabase',
  plural: 'contactDatabases',
}) {}
