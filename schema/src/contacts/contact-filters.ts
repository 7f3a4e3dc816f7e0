import { raw, type FilterQuery } from '@mikro-orm/core';
import { containsPattern } from '../common/filters.js';
import { normalizePhone } from '../common/phone.js';
import { canonicalPhone } from './phone-index/canonical-phone.js';
import { hasCanonicalPhone } from './phone-index/find-contacts-by-phone.js';
import { ContactErrors } from './contact.errors.js';
import type { Contact } from './contact.entity.js';
import type { ContactDatabase } from './contact-database.entity.js';
import { isHidden, type ContactRestriction } from './contact-visibility.js';
import type { ContactFilter } from './contact.inputs.js';

const NOTHING = (): FilterQuery<Contact> => ({ [raw('false')]: [] }) as FilterQuery<Contact>;

/** Some of the given columns of the contact's data matches `test` (an SQL comparison on f.value). */
function someColumn(columns: string[], test: string, value: string): FilterQuery<Contact> {
  if (columns.length === 0) return NOTHING();
  const keys = columns.map(() => '?').join(', ');
  const condition = raw(
    (alias: string) =>
      `exists (select 1 from jsonb_each_text(${alias}.data) f where f.key in (${keys}) and f.value ${test})`,
    [...columns, value],
  );
  return { [condition]: [] } as FilterQuery<Contact>;
}

export function normalizedPhoneFilter(phone: string, field: string): string {
  const normalized = normalizePhone(phone);
  if (!normalized)
    throw ContactErrors.create('INVALID_FILTER', `${field}: "${phone}" is not a phone number`, { field });
  return normalized;
}

/**
 * Filter conditions over the columns the viewer may see only: matching on a hidden column
 * would tell an agent what it holds.
 */
export function contactFilterConditions(
  filter: ContactFilter | null | undefined,
  database: ContactDatabase,
  restriction: ContactRestriction,
): FilterQuery<Contact>[] {
  if (!filter) return [];
  const conditions: FilterQuery<Contact>[] = [];
  const visible = (columns: string[]) => columns.filter((column) => !isHidden(restriction, column));
  if (filter.phone) {
    normalizedPhoneFilter(filter.phone, 'filter.phone');
    // Through the phone index, in canonical form: "+1555…" finds a contact stored as "001555…".
    const key = canonicalPhone(filter.phone)!;
    const columns = database.phoneColumns.flatMap((column, index) => (isHidden(restriction, column) ? [] : [index]));
    const all = columns.length === database.phoneColumns.length;
    conditions.push(columns.length === 0 ? NOTHING() : hasCanonicalPhone(key, database.id, all ? null : columns));
  }
  if (filter.search) {
    conditions.push(someColumn(visible(database.columns), 'ilike ?', containsPattern(filter.search)));
  }
  if (filter.externalId) {
    if (isHidden(restriction, database.externalIdColumn)) {
      throw ContactErrors.create('FIELD_HIDDEN', 'filter.externalId: the external id is hidden from you', {
        field: 'filter.externalId',
      });
    }
    conditions.push({ externalId: filter.externalId });
  }
  return conditions;
}
