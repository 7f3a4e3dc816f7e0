import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { phoneKey, phoneKeySql } from '../common/phone.js';
import { Contact } from '../contacts/contact.entity.js';

/**
 * The contact an inbound caller is, in its campaign's database: the first (oldest) row with
 * the caller's number in any phone column, as the phone search finds contacts. Null when the
 * number is not a phone number, the campaign has no database, or no row has it. Runs for the
 * platform (FastAGI), not for a viewer: the agent who gets the call then sees the contact
 * through the usual visibility rules.
 */
export async function findInboundContact(
  em: EntityManager,
  campaignId: string,
  callerNumber: string,
): Promise<Contact | null> {
  // By phoneKey: a carrier presenting "+1555…" finds the contact stored as "1555…".
  const phone = phoneKey(callerNumber);
  if (!phone) return null;
  const campaign = await em.findOne(Campaign, { id: campaignId }, { fields: ['id', 'contactDatabase'] });
  const databaseId = campaign?.contactDatabase?.id;
  if (!databaseId) return null;
  const anyPhoneColumn = raw(
    (alias: string) =>
      `exists (select 1 from contact_databases d, jsonb_each_text(${alias}.data) f` +
      ` where d.id = ${alias}.database_id and f.key = any(d.phone_columns)` +
      ` and ${phoneKeySql('f.value')} = ?)`,
    [phone],
  );
  return em.findOne(Contact, { database: databaseId, [anyPhoneColumn]: [] } as FilterQuery<Contact>, {
    orderBy: { createdAt: 'asc', id: 'asc' },
  });
}
