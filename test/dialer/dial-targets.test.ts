import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltInRole,
  Callback,
  CallbackKind,
  Campaign,
  CampaignType,
  Contact,
  DialerContact,
  DialerContactSource,
  DialerContactStatus,
  DialOutcome,
  DoNotCallList,
  claimDueContacts,
  claimFreshContacts,
  dialTargets,
  nextStepAfter,
  type ClaimedContact,
  type ContactDatabase,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn, unique } from '../support/factories.js';
import { addContact, caller, createCampaign, createDatabase, newPhone } from '../support/contact-factory.js';
import { blockNumber as addToDoNotCall } from '../telephony/telephony-database-fixtures.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});

afterAll(async () => {
  await closeTestApi(api, orm);
});

async function dialerCampaign(database: ContactDatabase, settings: Partial<Campaign>): Promise<Campaign> {
  const campaign = await createCampaign(orm, { type: CampaignType.DIALER, database });
  await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, settings);
  return orm.em.fork().findOneOrFail(Campaign, { id: campaign.id });
}

const rulesOf = (campaign: Campaign, database: ContactDatabase) => ({
  campaignId: campaign.id,
  databaseId: database.id,
  phoneColumns: database.phoneColumns,
  dialPrefix: campaign.dialPrefix,
  avoidDuplicatePhones: campaign.avoidDuplicatePhones,
});

async function claimFresh(campaign: Campaign, database: ContactDatabase, limit: number): Promise<ClaimedContact[]> {
  return (await claimFreshContacts(orm.em.fork(), campaign.id, database.id, 'dial-targets-test', limit, null)).claimed;
}

/** A number on a do-not-call list of its own. */
async function blockNumber(phone: string): Promise<void> {
  const em = orm.em.fork();
  const list = em.create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
  await em.persist(list).flush();
  await addToDoNotCall(orm, list, phone);
}

describe('what the dialer dials for the contacts it claims', () => {
  it('adds the prefix, skips do-not-call numbers, contacts without a phone and repeated main phones', async () => {
    const database = await createDatabase(orm);
    const campaign = await dialerCampaign(database, { dialPrefix: '9', avoidDuplicatePhones: true });
    const shared = newPhone();
    const blocked = newPhone();
    await blockNumber(blocked);
    const first = await addContact(orm, database, { phone: shared });
    const twin = await addContact(orm, database, { phone: shared });
    const plain = await addContact(orm, database);
    const dnc = await addContact(orm, database, { phone: blocked });
    const noPhone = await addContact(orm, database, { phone: 'n/a' });

    const claims = await claimFresh(campaign, database, 10);
    const targets = await dialTargets(orm.em.fork(), rulesOf(campaign, database), claims);
    expect(targets.get(first.id)).toMatchObject({ phone: shared, dialString: `9${shared}`, skip: null, phoneCount: 2 });
    expect(targets.get(twin.id)).toMatchObject({ phone: shared, dialString: null, skip: DialOutcome.DUPLICATE });
    expect(targets.get(plain.id)).toMatchObject({ dialString: `9${plain.phone}`, skip: null });
    expect(targets.get(dnc.id)).toMatchObject({ dialString: null, skip: DialOutcome.BLACKLISTED });
    expect(targets.get(noPhone.id)).toMatchObject({ phone: null, dialString: null, skip: DialOutcome.NO_PHONE });

    // A contact imported later with a main phone dialed in an earlier batch is a duplicate too.
    const late = await addContact(orm, database, { phone: plain.phone });
    const [lateClaim] = await claimFresh(campaign, database, 10);
    expect(lateClaim!.contactId).toBe(late.id);
    const lateTargets = await dialTargets(orm.em.fork(), rulesOf(campaign, database), [lateClaim!]);
    expect(lateTargets.get(late.id)!.skip).toBe(DialOutcome.DUPLICATE);
    // Once dialed, a duplicate is over for the contact: its other phone columns are not tried.
    expect(
      nextStepAfter(
        DialOutcome.DUPLICATE,
        null,
        { attemptsByOutcome: { DUPLICATE: 1 }, phoneIndex: 0, phoneCount: 2 },
        new Date(),
      ).status,
    ).toBe(DialerContactStatus.DONE);
  });

  it('compares numbers by phoneKey: "+", "00" or neither is one number for do-not-call and duplicates', async () => {
    const database = await createDatabase(orm);
    const campaign = await dialerCampaign(database, { avoidDuplicatePhones: true });
    const listed = newPhone().slice(1);
    const shared = newPhone().slice(1);
    // Listed as typed without "+"; the contact holds it with one.
    await blockNumber(listed);
    const onList = await addContact(orm, database, { phone: `+${listed}` });
    const first = await addContact(orm, database, { phone: `+${shared}` });
    const twin = await addContact(orm, database, { phone: `00${shared}` });
    const unreadable = await addContact(orm, database, { phone: 'call me maybe' });
    const targets = await dialTargets(
      orm.em.fork(),
      rulesOf(campaign, database),
      await claimFresh(campaign, database, 10),
    );
    expect(targets.get(onList.id)).toMatchObject({ dialString: null, skip: DialOutcome.BLACKLISTED });
    expect(targets.get(first.id)).toMatchObject({ dialString: `+${shared}`, skip: null });
    expect(targets.get(twin.id)).toMatchObject({ dialString: null, skip: DialOutcome.DUPLICATE });
    // Fail closed: a number no rule can read is never dialed.
    expect(targets.get(unreadable.id)).toMatchObject({ dialString: null, skip: DialOutcome.NO_PHONE });
  });

  it('dials repeated main phones when the campaign does not avoid duplicates, and retries of a duplicate in any case', async () => {
    const database = await createDatabase(orm);
    const campaign = await dialerCampaign(database, { avoidDuplicatePhones: false });
    const shared = newPhone();
    const one = await addContact(orm, database, { phone: shared });
    const two = await addContact(orm, database, { phone: shared });
    const targets = await dialTargets(
      orm.em.fork(),
      rulesOf(campaign, database),
      await claimFresh(campaign, database, 10),
    );
    expect(targets.get(one.id)).toMatchObject({ dialString: shared, skip: null });
    expect(targets.get(two.id)).toMatchObject({ dialString: shared, skip: null });

    const avoiding = await dialerCampaign(database, { avoidDuplicatePhones: true });
    const retry = { contactId: two.id, phoneIndex: 0, source: DialerContactSource.RETRY, callbackId: null };
    const others = await claimFresh(avoiding, database, 1);
    const mixed = await dialTargets(orm.em.fork(), rulesOf(avoiding, database), [...others, retry]);
    expect(mixed.get(two.id)!.skip).toBeNull();
  });

  it('dials a global callback at the number the callback was scheduled for, not the contact phone', async () => {
    const database = await createDatabase(orm);
    const campaign = await dialerCampaign(database, { dialPrefix: '0' });
    const contact = await addContact(orm, database);
    const other = newPhone();
    const em = orm.em.fork();
    const callback = Object.assign(new Callback(), {
      kind: CallbackKind.GLOBAL,
      campaign: em.getReference(Campaign, campaign.id),
      contact: em.getReference(Contact, contact.id),
      phone: other,
      scheduledAt: new Date(Date.now() - 1000),
    });
    em.persist(callback);
    em.persist(
      Object.assign(new DialerContact(), {
        campaign: em.getReference(Campaign, campaign.id),
        contact: em.getReference(Contact, contact.id),
        status: DialerContactStatus.SCHEDULED,
        source: DialerContactSource.CALLBACK,
        nextAttemptAt: new Date(Date.now() - 1000),
        callbackId: callback.id,
      }),
    );
    await em.flush();

    const [claim] = await claimDueContacts(orm.em.fork(), campaign.id, 'dial-targets-test', 5);
    expect(claim).toMatchObject({
      contactId: contact.id,
      source: DialerContactSource.CALLBACK,
      callbackId: callback.id,
    });
    const targets = await dialTargets(orm.em.fork(), rulesOf(campaign, database), [claim!]);
    expect(targets.get(contact.id)).toMatchObject({ phone: other, dialString: `0${other}`, skip: null });
  });
});

describe('the dialing options through the API', () => {
  const UPDATE = `mutation ($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) { id dialPrefix avoidDuplicatePhones } }`;

  it('sets and clears them, and refuses a prefix that is not digits', async () => {
    const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    const asManager = caller(api.url, manager.token);
    const database = await createDatabase(orm);
    const campaign = await dialerCampaign(database, {});
    const set = await asManager<{ updateCampaign: { dialPrefix: string; avoidDuplicatePhones: boolean } }>(UPDATE, {
      id: campaign.id,
      input: { dialPrefix: '011', avoidDuplicatePhones: true },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateCampaign).toMatchObject({ dialPrefix: '011', avoidDuplicatePhones: true });

    const bad = await asManager(UPDATE, { id: campaign.id, input: { dialPrefix: '9-1' } });
    expect(bad.errors?.[0]?.message).toMatch(/dialPrefix/);
    const cleared = await asManager<{ updateCampaign: { dialPrefix: string | null } }>(UPDATE, {
      id: campaign.id,
      input: { dialPrefix: null },
    });
    expect(cleared.data!.updateCampaign.dialPrefix).toBeNull();
    const stored = await orm.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({ dialPrefix: null, avoidDuplicatePhones: true });
  });

  it('lets a predictive campaign drop surplus ringing calls only after the legal minimum ring', async () => {
    const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    const asManager = caller(api.url, manager.token);
    const campaign = await dialerCampaign(await createDatabase(orm), {});
    const HANGUP = `mutation ($id: ID!, $seconds: Int!) {
      updateCampaign(id: $id, input: { queue: { surplusHangupAfterSeconds: $seconds } }) { queue { surplusHangupAfterSeconds } } }`;
    const tooSoon = await asManager(HANGUP, { id: campaign.id, seconds: 10 });
    expect(tooSoon.errors?.[0]?.message).toMatch(/surplusHangupAfterSeconds.*15/);
    const allowed = await asManager<{ updateCampaign: { queue: { surplusHangupAfterSeconds: number } } }>(HANGUP, {
      id: campaign.id,
      seconds: 15,
    });
    expect(allowed.data?.updateCampaign.queue.surplusHangupAfterSeconds).toBe(15);
    expect((await asManager(HANGUP, { id: campaign.id, seconds: 0 })).errors).toBeUndefined();
    expect((await orm.em.fork().findOneOrFail(Campaign, { id: campaign.id })).queue.surplusHangupAfterSeconds).toBe(0);
  });
});
