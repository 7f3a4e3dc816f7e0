import type { EntityManager } from '@mikro-orm/postgresql';
import { Contact } from '../contacts/contact.entity.js';
import { canonicalPhone } from '../contacts/phone-index/canonical-phone.js';

/**
 * The id of the contact an inbound caller is, in its campaign's database: the first (oldest)
 * row with the caller's number in any phone column, in canonical form (a carrier presenting
 * "+1555…" finds the contact stored as "1555…"), as the phone search finds contacts. Null
 * when the number is not a phone number, the campaign has no database, or no row has it.
 * One statement, through the phone index: it runs before every inbound call is queued.
 */
export async function findInboundContactId(
  em: EntityManager,
  campaignId: string,
  callerNumber: string,
): Promise<string | null> {
  const key = canonicalPhone(callerNumber);
  if (!key) return null;
  const rows = await em.execute<Array<{ id: string }>>(
    `select c.id from campaigns k
       join contact_phones p on p.database_id = k.contact_database_id and p.phone = ?
       join contacts c on c.id = p.contact_id
      where k.id = ? order by c.created_at, c.id limit 1`,
    [key, campaignId],
  );
  return rows[0]?.id ?? null;
}

/**
 * The contact of findInboundContactId. Runs for the platform (FastAGI), not for a viewer: the
 * agent who gets the call then sees the contact through the usual visibility rules.
 */
export async function findInboundContact(
  em: EntityManager,
  campaignId: string,
  callerNumber: string,
): Promise<Contact | null> {
  const id = await findInboundContactId(em, campaignId, callerNumber);
  return id ? em.findOne(Contact, { id }) : null;
}
