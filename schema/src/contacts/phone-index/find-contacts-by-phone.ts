import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Contact } from '../contact.entity.js';
import { canonicalPhone } from './canonical-phone.js';

export interface PhoneLookup {
  databaseId: string;
  /** As dialed or typed: `+1 (555) 010-0000`, `0015550100000` and `15550100000` find the same contacts. */
  phone: string;
  /** At most this many ids, oldest contact first. */
  limit: number;
  /** Only these phone columns, by position in the database's phoneColumns (e.g. those an agent may see). */
  phoneIndexes?: readonly number[];
}

/**
 * The contacts of a database with this number in a phone column, oldest first (createdAt, id),
 * through the phone index: an index descent on (phone, database), then the contacts by primary
 * key. Empty when the value is not a phone number.
 */
export async function findContactsByPhone(em: EntityManager, lookup: PhoneLookup): Promise<string[]> {
  const key = canonicalPhone(lookup.phone);
  if (!key || lookup.limit < 1 || lookup.phoneIndexes?.length === 0) return [];
  const byIndex = lookup.phoneIndexes ? 'and p.phone_index = any(?::smallint[])' : '';
  const bindings: unknown[] = [key, lookup.databaseId];
  if (lookup.phoneIndexes) bindings.push(`{${lookup.phoneIndexes.map(Number).join(',')}}`);
  bindings.push(lookup.limit);
  const rows = await em.execute<Array<{ id: string }>>(
    `select c.id from contacts c
      where c.id in (select p.contact_id from contact_phones p where p.phone = ? and p.database_id = ? ${byIndex})
      order by c.created_at, c.id limit ?`,
    bindings,
  );
  return rows.map((row) => row.id);
}

/**
 * A condition on contacts (for em.find and listPage): the contact holds this canonical phone in
 * one of the given phone columns (positions; all when null), in the given database, or in any
 * (then the index is probed once per database). Not correlated, so that the planner starts
 * from the phone index and reaches the contacts by primary key.
 */
export function hasCanonicalPhone(
  key: string,
  databaseId: string | null,
  phoneIndexes: readonly number[] | null = null,
): FilterQuery<Contact> {
  const bindings: unknown[] = [];
  let rows: string;
  if (databaseId) {
    rows = 'select p.database_id, p.contact_id from contact_phones p where p.database_id = ? and p.phone = ?';
    bindings.push(databaseId, key);
  } else {
    rows =
      'select p.database_id, p.contact_id from contact_databases d' +
      ' join contact_phones p on p.database_id = d.id and p.phone = ?';
    bindings.push(key);
  }
  if (phoneIndexes) {
    rows += ' and p.phone_index = any(?::smallint[])';
    bindings.push(`{${phoneIndexes.map(Number).join(',')}}`);
  }
  const condition = raw((alias: string) => `(${alias}.database_id, ${alias}.id) in (${rows})`, bindings);
  return { [condition]: [] } as FilterQuery<Contact>;
}
