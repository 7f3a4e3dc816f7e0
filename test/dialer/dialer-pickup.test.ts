// What the dialer picks up, on the real Asterisk: a global callback at its time (put in the
// hopper by the retries worker, called then and not before, at the number the callback was
// scheduled for, marked done once the call is over), and the claims a killed dialer left on a
// paused campaign.

import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CallEvent,
  CallEventType,
  Callback,
  CallbackKind,
  CallbackStatus,
  Campaign,
  CampaignState,
  Contact,
  DialerContact,
  DialerContactSource,
  DialerContactStatus,
  DialOutcome,
  DoNotCallList,
} from '@switchboard/schema';
import { fakePstnNumber } from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { startRetriesWorker, type RetriesWorker } from '../../workers/src/retries/retries.worker.js';
import { createDatabase } from '../support/contact-factory.js';
import { unique } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import { testWorkersConfig } from '../workers/call-events-harness.js';
import { dialerConfig, oneAgentCampaign, useDialerHarness } from './dialer-harness.js';
import { createContacts, createRouteToFakePstn, dialerCampaign, dialsFromLog, type Kind } from './dialer-scenario.js';

const harness = useDialerHarness();
let retries: RetriesWorker | undefined;
let dialer: DialerWorker | undefined;

afterAll(async () => {
  await dialer?.close();
  await retries?.close();
});

function startDialer(): DialerWorker {
  const { orm, bus, store, amiOptions, pbx } = harness;
  return startDialerWorker({
    config: loadWorkersConfig(dialerConfig('dialer-pickup')),
    amiOptions,
    orm,
    events: bus,
    store,
    logger: pbx.logger,
  });
}

/**
 * A paused dialer campaign whose contacts (one per entry of `kinds`) a dialer that died had
 * claimed: DIALING rows of "a-dead-dialer" with the given call ids (random by default), noted as
 * dropped if `droppedAsSurplus`. Returns the campaign and the rows' contact and call ids.
 */
async function strandedClaims(kinds: Kind[], options: { callIds?: string[]; droppedAsSurplus?: boolean } = {}) {
  const { orm, config } = harness;
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  const database = await createDatabase(orm, {
    columns: ['phone', 'name'],
    phoneColumns: ['phone'],
    externalIdColumn: null,
  });
  const doNotCall = orm.em.fork().create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
  await orm.em.fork().persist(doNotCall).flush();
  const contactIds = [...(await createContacts(orm, database, doNotCall, { count: kinds.length, mix: kinds })).keys()];
  const campaign = await dialerCampaign(orm, [], database, route);
  const em = orm.em.fork();
  await em.nativeUpdate(Campaign, { id: campaign.id }, { state: CampaignState.PAUSED });
  const claims = contactIds.map((contactId, index) => ({
    contactId,
    callId: options.callIds?.[index] ?? randomUUID(),
  }));
  for (const { contactId, callId } of claims) {
    em.persist(
      em.create(DialerContact, {
        campaign: campaign.id,
        contact: contactId,
        status: DialerContactStatus.DIALING,
        claimedBy: 'a-dead-dialer',
        claimedAt: new Date(Date.now() - 60_000),
        lastCallId: callId,
        surplusCallId: options.droppedAsSurplus ? callId : null,
      } as unknown as DialerContact),
    );
  }
  await em.flush();
  return { campaign, claims };
}

describe('what the dialer picks up', () => {
  it('calls the callback at its time, at its own number, and marks it done', async () => {
    const { orm, bus, pbx } = harness;
    const {
      campaign,
      contactIds: [contactId],
    } = await oneAgentCampaign(harness, {
      mix: [{ main: 'noAnswer' }],
      phone: { talkSeconds: 2, answerAfterMs: 200 },
    });
    // The contact was dialed and dispositioned before; the customer asked to be called back
    // in a few seconds at another number.
    const em = orm.em.fork();
    em.persist(
      em.create(DialerContact, {
        campaign: campaign.id,
        contact: contactId,
        status: DialerContactStatus.DONE,
        attempts: 1,
        attemptsByOutcome: { [DialOutcome.CONNECTED]: 1 },
        lastOutcome: DialOutcome.CONNECTED,
        lastAttemptAt: new Date(Date.now() - 60_000),
      } as unknown as DialerContact),
    );
    const otherNumber = fakePstnNumber('human', 2, `557${String(randomInt(1000, 9999))}`);
    const scheduledAt = new Date(Date.now() + 8_000);
    const callback = em.create(Callback, {
      kind: CallbackKind.GLOBAL,
      campaign: em.getReference(Campaign, campaign.id),
      contact: em.getReference(Contact, contactId!),
      phone: otherNumber,
      scheduledAt,
    } as Callback);
    await em.flush();

    retries = startRetriesWorker({
      config: testWorkersConfig(`retries-${randomInt(1e9)}`, { RETRIES_SWEEP_MS: '300' }),
      orm,
      events: bus,
      logger: pbx.logger,
    });
    await pollUntil(
      () => orm.em.fork().findOneOrFail(DialerContact, { campaign: campaign.id, contact: contactId! }),
      (row) => row.source === DialerContactSource.CALLBACK && row.status === DialerContactStatus.SCHEDULED,
      { timeoutMs: 10_000, intervalMs: 100, what: 'the callback in the hopper' },
    );
    dialer ??= startDialer();

    const done = await pollUntil(
      () => orm.em.fork().findOneOrFail(Callback, { id: callback.id }),
      (found) => found.status === CallbackStatus.DONE,
      { timeoutMs: 60_000, intervalMs: 250, what: 'the callback done' },
    );
    expect(done.status).toBe(CallbackStatus.DONE);
    const calls = await dialsFromLog(orm, campaign.id);
    expect(calls).toHaveLength(1);
    const [, call] = calls[0]!;
    expect(call.phone).toBe(otherNumber);
    expect(call.dialAt!).toBeGreaterThanOrEqual(scheduledAt.getTime() - 1_000);
    expect(call.types).toContain('CONNECT');
    const row = await orm.em.fork().findOneOrFail(DialerContact, { campaign: campaign.id, contact: contactId! });
    expect(row).toMatchObject({ status: DialerContactStatus.DONE, lastOutcome: DialOutcome.CONNECTED });
  }, 120_000);

  it('settles the claims a killed dialer left on a paused campaign, then lets the campaign go', async () => {
    const { orm } = harness;
    dialer ??= startDialer();
    // Two claims of a dialer that died before placing their calls.
    const { campaign } = await strandedClaims([{ main: 'human' }, { main: 'human' }]);
    const rows = await pollUntil(
      () => orm.em.fork().find(DialerContact, { campaign: campaign.id }),
      (found) => found.every((row) => row.status === DialerContactStatus.PENDING),
      { timeoutMs: 20_000, intervalMs: 200, what: 'the stranded claims back in the hopper' },
    );
    expect(rows.map((row) => [row.attempts, row.claimedBy])).toEqual([
      [0, null],
      [0, null],
    ]);
    await pollUntil(
      () => dialer!.heldCampaigns(),
      (held) => !held.includes(campaign.id),
      { timeoutMs: 10_000, intervalMs: 100, what: 'the paused campaign let go' },
    );
    expect(await dialsFromLog(orm, campaign.id)).toEqual([]);
  }, 60_000);

  it('settles a call its holder dropped as surplus as SURPLUS, even after a takeover', async () => {
    const { orm } = harness;
    dialer ??= startDialer();
    // The dead dialer had dropped the call (the log shows it ended unanswered) but not settled it.
    const callId = randomUUID();
    const em = orm.em.fork();
    const logged = (type: CallEventType, secondsAgo: number) =>
      em.create(CallEvent, {
        eventKey: `${callId}:${type}`,
        callId,
        type,
        phone: '5550000',
        occurredAt: new Date(Date.now() - secondsAgo * 1000),
      } as CallEvent);
    em.persist([logged(CallEventType.DIAL, 50), logged(CallEventType.CANCEL, 45)]);
    await em.flush();
    const {
      campaign,
      claims: [{ contactId }],
    } = await strandedClaims([{ main: 'noAnswer' }], { callIds: [callId], droppedAsSurplus: true });

    const row = await pollUntil(
      () => orm.em.fork().findOneOrFail(DialerContact, { campaign: campaign.id, contact: contactId! }),
      (found) => found.status !== DialerContactStatus.DIALING,
      { timeoutMs: 20_000, intervalMs: 200, what: 'the dropped call settled' },
    );
    expect(row).toMatchObject({
      status: DialerContactStatus.SCHEDULED,
      lastOutcome: DialOutcome.SURPLUS,
      attemptsByOutcome: { [DialOutcome.SURPLUS]: 1 },
    });
  });
});
