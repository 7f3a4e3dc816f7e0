import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * The phone index: one row for each phone a contact holds, in canonicalPhone's form, so that
 * finding the contacts of a number is one B-tree descent instead of a scan of every contact's
 * JSONB. Written only by the triggers on `contacts` (migration 20261204020802-phone-index), never by the ORM: every
 * writer (the API, CSV imports, recycling, a COPY) keeps it exact without knowing it exists.
 *
 * The primary key is the lookup index, (database, phone), with contact_id read from the index
 * itself; a search across databases probes it once per database. No foreign key: its check
 * would run once per row of a million-row import, and its cascade would need a second index
 * by contact; the delete trigger removes a contact's rows by their key instead, and a
 * database's rows go with it as one range of the index.
 */
@Entity({ tableName: 'contact_phones' })
export class ContactPhone {
  @PrimaryKey({ type: 'uuid' })
  databaseId!: string;

  @PrimaryKey({ type: 'text' })
  phone!: string;

  @PrimaryKey({ type: 'uuid' })
  contactId!: string;

  /** Position of the column in the database's phoneColumns (0: the main phone), as the dialer counts them. */
  @PrimaryKey({ type: 'smallint' })
  phoneIndex!: number;
}
