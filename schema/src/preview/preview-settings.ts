import { wrap } from '@mikro-orm/core';
import { invalidInput } from '../common/domain-error.js';
import type { Campaign } from '../campaigns/campaign.entity.js';

/**
 * The manual: the deactivation column holds 0 or FALSE for contacts that must not be
 * delivered; "any other value ... makes the system deliver the contact". We also read "no"
 * as false, ignore case and surrounding blanks, and deliver contacts whose value is empty.
 */
export const DEACTIVATING_VALUES: readonly string[] = ['0', 'false', 'no'];

export function isDeactivated(value: string | null | undefined): boolean {
  return DEACTIVATING_VALUES.includes((value ?? '').trim().toLowerCase());
}

/**
 * SQL condition true for contacts (alias `c`) the campaign may deliver; one parameter (the
 * column name, or null when the campaign has none).
 */
export const DELIVERABLE_CONTACT_SQL =
  `(?::text is null or lower(btrim(coalesce(c.data ->> ?::text, ''))) not in (` +
  DEACTIVATING_VALUES.map((value) => `'${value}'`).join(', ') +
  `))`;

/** The parameters of DELIVERABLE_CONTACT_SQL. */
export function deliverableParameters(campaign: Pick<Campaign, 'previewDeactivationColumn'>): (string | null)[] {
  return [campaign.previewDeactivationColumn, campaign.previewDeactivationColumn];
}

/** The deactivation column must be a column of the campaign's contact database. */
export async function validatePreviewSettings(campaign: Campaign): Promise<void> {
  const column = campaign.previewDeactivationColumn;
  if (column === null) return;
  const database = campaign.contactDatabase;
  if (!database) throw invalidInput('previewDeactivationColumn', 'a deactivation column needs a contact database');
  if (!wrap(database).isInitialized()) await wrap(database).init();
  if (!database.columns.includes(column)) {
    throw invalidInput('previewDeactivationColumn', `${column} is not a column of ${database.name}`, { column });
  }
}
