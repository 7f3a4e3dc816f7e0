import { Migration } from '@mikro-orm/migrations';

/** canonicalPhone (contacts/phone-index) of a phone stored normalized, as contacts store theirs. */
const canonical = (value: string) => `regexp_replace(${value}, '^(\\+|00)', '')`;

/** The index rows of a set of contact rows (`source`, aliased c): one per phone column holding a value. */
const phoneRows = (source: string) => `
  select c.database_id, ${canonical('c.data ->> col.name')} as phone, c.id as contact_id,
         (col.position - 1)::smallint as phone_index
    from ${source} c
    join contact_databases d on d.id = c.database_id
    cross join lateral unnest(d.phone_columns) with ordinality as col(name, position)
   where c.data ->> col.name is not null`;

const COLUMNS = '(database_id, phone, contact_id, phone_index)';
const SAME_ROW = `p.database_id = gone.database_id and p.phone = gone.phone
      and p.contact_id = gone.contact_id and p.phone_index = gone.phone_index`;

/**
 * The phone index (contact_phones): every phone of every contact in canonical form, kept in step
 * by statement-level triggers on contacts, set-based over their transition tables, so that a
 * 10,000-row insert of an import (or a COPY) costs one insert into the index, in key order (the
 * B-tree is walked once, not at random), inside the same transaction: an import that fails
 * leaves no rows. An update rewrites only the rows whose
 * phone changed; a delete removes its rows by key; a deleted database (its contacts go by
 * cascade, after the database row, so their trigger no longer sees its phone columns) takes
 * its range of the index. Existing contacts are indexed here.
 */
export class Migration20261204020802PhoneIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "contact_phones" ("database_id" uuid not null, "phone" text not null, "contact_id" uuid not null, "phone_index" smallint not null, constraint "contact_phones_pkey" primary key ("database_id", "phone", "contact_id", "phone_index"))',
    );
    this.addSql(`create function contact_phones_after_insert() returns trigger language plpgsql as $$
begin
  insert into contact_phones ${COLUMNS} ${phoneRows('inserted_contacts')} order by 1, 2;
  return null;
end $$`);
    this.addSql(`create function contact_phones_after_update() returns trigger language plpgsql as $$
begin
  with before as (${phoneRows('contacts_before')}), after as (${phoneRows('contacts_after')}),
  gone as (select * from before except select * from after),
  deleted as (delete from contact_phones p using gone where ${SAME_ROW})
  insert into contact_phones ${COLUMNS} select * from after except select * from before;
  return null;
end $$`);
    this.addSql(`create function contact_phones_after_delete() returns trigger language plpgsql as $$
begin
  delete from contact_phones p using (${phoneRows('deleted_contacts')}) gone where ${SAME_ROW};
  return null;
end $$`);
    this.addSql(`create function contact_phones_after_truncate() returns trigger language plpgsql as $$
begin
  truncate contact_phones;
  return null;
end $$`);
    this.addSql(`create function contact_phones_of_database() returns trigger language plpgsql as $$
begin
  delete from contact_phones where database_id = old.id;
  if tg_op = 'UPDATE' then
    insert into contact_phones ${COLUMNS} ${phoneRows('(select * from contacts where database_id = new.id)')};
  end if;
  return null;
end $$`);
    this.addSql(`create trigger contact_phones_insert after insert on contacts
      referencing new table as inserted_contacts for each statement execute function contact_phones_after_insert()`);
    this.addSql(`create trigger contact_phones_update after update on contacts
      referencing old table as contacts_before new table as contacts_after
      for each statement execute function contact_phones_after_update()`);
    this.addSql(`create trigger contact_phones_delete after delete on contacts
      referencing old table as deleted_contacts for each statement execute function contact_phones_after_delete()`);
    this.addSql(`create trigger contact_phones_truncate after truncate on contacts
      for each statement execute function contact_phones_after_truncate()`);
    // Structures change only while a database is empty (contact-database.service): a safety net.
    this.addSql(`create trigger contact_phones_database_update after update of phone_columns on contact_databases
      for each row when (old.phone_columns is distinct from new.phone_columns)
      execute function contact_phones_of_database()`);
    this.addSql(`create trigger contact_phones_database_delete after delete on contact_databases
      for each row execute function contact_phones_of_database()`);
    this.addSql(`insert into contact_phones ${COLUMNS} ${phoneRows('contacts')} order by 1, 2`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger contact_phones_database_delete on contact_databases');
    this.addSql('drop trigger contact_phones_database_update on contact_databases');
    this.addSql('drop trigger contact_phones_truncate on contacts');
    this.addSql('drop trigger contact_phones_delete on contacts');
    this.addSql('drop trigger contact_phones_update on contacts');
    this.addSql('drop trigger contact_phones_insert on contacts');
    for (const name of ['of_database', 'after_truncate', 'after_delete', 'after_update', 'after_insert']) {
      this.addSql(`drop function contact_phones_${name}()`);
    }
    this.addSql('drop table if exists "contact_phones" cascade');
  }
}
