// What the dialer dials for each contact it claimed, and why it dials nothing for some: the
// number at the row's phone index (or the callback's own number), the campaign's dialing
// prefix, do-not-call lists and the campaign's "avoid duplicates" option. One place for these
// rules, so that the dialer process stays a loop of claim, decide, originate.

import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizePhone, phoneKey, phoneKeySql } from '../common/phone.js';
import { textArray, uuidArray } from '../common/sql-array.js';
import { DialerContactSource, DialOutcome } from './dialer-contact.entity.js';
import type { ClaimedContact } from './dialer-hopper.js';

export type SkipOutcome = DialOutcome.NO_PHONE | DialOutcome.BLACKLISTED | DialOutcome.DUPLICATE;

export interface DialTarget {
  contactId: string;
  /** The number, normalized and without the prefix: what do-not-call lists and the call log know. */
  phone: string | null;
  /** What is dialed: the campaign's prefix, then the number; null when nothing is. */
  dialString: string | null;
  /** Phone columns the contact may be tried at, in order. */
  phoneCount: number;
  /** Why nothing is dialed, if so. */
  skip: SkipOutcome | null;
}

export interface DialingRules {
  campaignId: string;
  databaseId: string;
  phoneColumns: readonly string[];
  dialPrefix: string | null;
  avoidDuplicatePhones: boolean;
}

type Claim = Pick<ClaimedContact, 'contactId' | 'phoneIndex' | 'source' | 'callbackId'>;

/** One target per claim (by contact id), in the claims' order. */
export async function dialTargets(
  em: EntityManager,
  rules: DialingRules,
  claims: readonly Claim[],
): Promise<Map<string, DialTarget>> {
  const targets = new Map<string, DialTarget>();
  if (claims.length === 0) return targets;
  const numbers = await claimedNumbers(em, rules, claims);
  for (const claim of claims) {
    const phone = numbers.get(claim.contactId) ?? null;
    targets.set(claim.contactId, {
      contactId: claim.contactId,
      phone,
      dialString: phone,
      phoneCount: Math.max(1, rules.phoneColumns.length),
      skip: phone ? null : DialOutcome.NO_PHONE,
    });
  }
  await markBlocked(em, targets);
  if (rules.avoidDuplicatePhones) await markDuplicates(em, rules, claims, targets);
  for (const target of targets.values()) {
    target.dialString = target.skip || !target.phone ? null : `${rules.dialPrefix ?? ''}${target.phone}`;
  }
  return targets;
}

/** The number of each claim: a callback's own number, else the phone column at the row's index. */
async function claimedNumbers(
  em: EntityManager,
  rules: DialingRules,
  claims: readonly Claim[],
): Promise<Map<string, string | null>> {
  const rows = await em.execute<Array<{ id: string; phone: string; data: Record<string, unknown> }>>(
    `select id, phone, data from contacts where database_id = ? and id = any(?::uuid[])`,
    [rules.databaseId, uuidArray(claims.map((claim) => claim.contactId))],
  );
  const contacts = new Map(rows.map((row) => [row.id, row]));
  const callbackIds = claims.flatMap((claim) => (claim.callbackId ? [claim.callbackId] : []));
  const callbackPhones = new Map<string, string>();
  if (callbackIds.length > 0) {
    const callbacks = await em.execute<Array<{ id: string; phone: string | null }>>(
      `select id, phone from callbacks where id = any(?::uuid[])`,
      [uuidArray(callbackIds)],
    );
    for (const callback of callbacks) if (callback.phone) callbackPhones.set(callback.id, callback.phone);
  }
  const numbers = new Map<string, string | null>();
  for (const claim of claims) {
    const contact = contacts.get(claim.contactId);
    const column = rules.phoneColumns[claim.phoneIndex];
    const fromCallback =
      claim.source === DialerContactSource.CALLBACK && claim.callbackId
        ? callbackPhones.get(claim.callbackId)
        : undefined;
    const raw =
      fromCallback ??
      (contact && column ? contact.data?.[column] : claim.phoneIndex === 0 ? contact?.phone : undefined);
    numbers.set(claim.contactId, raw === undefined || raw === null ? null : normalizePhone(String(raw)));
  }
  return numbers;
}

/** Lists hold phoneKeys: `+1555…`, `001555…` and `1555…` are one listed number. */
async function markBlocked(em: EntityManager, targets: Map<string, DialTarget>): Promise<void> {
  const keyOf = (target: DialTarget) => (target.phone ? phoneKey(target.phone) : null);
  const keys = [...new Set([...targets.values()].flatMap((target) => keyOf(target) ?? []))];
  if (keys.length === 0) return;
  const blocked = await em.execute<Array<{ phone: string }>>(
    `select distinct phone from do_not_call_numbers where phone = any(?::text[])`,
    [textArray(keys)],
  );
  const set = new Set(blocked.map((row) => row.phone));
  for (const target of targets.values()) {
    const key = keyOf(target);
    if (key && set.has(key)) target.skip = DialOutcome.BLACKLISTED;
  }
}

/**
 * The manual's "avoid duplicates", applied as contacts reach the dialer: a fresh contact's
 * main phone that an earlier contact of the campaign has (dialed before, or earlier in this
 * batch) is not dialed. Retries, recycled rows and callbacks were let through once already.
 */
async function markDuplicates(
  em: EntityManager,
  rules: DialingRules,
  claims: readonly Claim[],
  targets: Map<string, DialTarget>,
): Promise<void> {
  const fresh = claims.flatMap((claim) => {
    const target = targets.get(claim.contactId)!;
    return claim.source === DialerContactSource.FRESH && claim.phoneIndex === 0 && !target.skip && target.phone
      ? [target]
      : [];
  });
  if (fresh.length === 0) return;
  // By phoneKey, as do-not-call lists compare: "+1555…" and "001555…" are the same customer.
  const key = (target: DialTarget) => phoneKey(target.phone!)!;
  const earlier = await em.execute<Array<{ phone: string }>>(
    `select distinct ${phoneKeySql('c.phone')} as phone from dialer_contacts d join contacts c on c.id = d.contact_id
      where d.campaign_id = ? and ${phoneKeySql('c.phone')} = any(?::text[]) and c.id <> all(?::uuid[])`,
    [rules.campaignId, textArray(fresh.map(key)), uuidArray(claims.map((claim) => claim.contactId))],
  );
  const seen = new Set(earlier.map((row) => row.phone));
  for (const target of fresh) {
    if (seen.has(key(target))) target.skip = DialOutcome.DUPLICATE;
    else seen.add(key(target));
  }
}
