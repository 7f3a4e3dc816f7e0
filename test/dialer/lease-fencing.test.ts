// A dialer that loses its campaign's lease while originates wait behind its rate limit: none
// of them may reach Asterisk, since whoever holds the lease next dials those contacts itself.

import { describe, expect, it } from 'vitest';
import {
  Campaign,
  CampaignType,
  Contact,
  DialerContact,
  DialerContactStatus,
  claimDueContacts,
  dialerClaimant,
  releaseClaim,
} from '@switchboard/schema';
import type { SentAction } from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { CampaignDialer } from '../../workers/src/dialer/campaign-dialer.js';
import { dialerLeaseKey, startDialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { addContact, createCampaign, createDatabase } from '../support/contact-factory.js';
import type { Pacer, PacingDecision } from '../../workers/src/dialer/pacing/index.js';
import { pollUntil } from '../support/poll-until.js';
import { ownIsolation } from '../telephony/own-asterisk.js';
import { dialerConfig, oneAgentCampaign, useDialerHarness } from './dialer-harness.js';
import { dialsFromLog } from './dialer-scenario.js';

// Its own database: its scripted pacer would dial any ACTIVE dialer campaign it found.
const isolation = ownIsolation('lease-fencing');
const harness = useDialerHarness(isolation);

/** Keeps three calls in flight: all three contacts at once, then whatever comes back. */
const threeAtATime: Pacer = {
  mode: 'predictive',
  decide(snapshot): PacingDecision {
    const originate = Math.max(0, 3 - snapshot.callsInFlight.length);
    return {
      originate,
      hangUp: [],
      wanted: originate,
      limitedBy: 'none',
      reason: { mode: 'predictive', note: 'scripted', figures: {} },
    };
  },
};

describe('a dialer that lost its lease', () => {
  it('sends none of the originates it queued before, and each contact is dialed once', async () => {
    const { orm, pbx, bus, store, amiOptions, redis } = harness;
    const config = loadWorkersConfig(dialerConfig('dialer-fenced', isolation));
    // One originate every 4 s: the second and third wait in the queue long after the first.
    const dialer = startDialerWorker({
      config,
      amiOptions: { ...amiOptions, actionsPerSecond: 0.25, burst: 1 },
      orm,
      events: bus,
      store,
      logger: pbx.logger,
      pacerFor: () => threeAtATime,
    });
    const originates: SentAction[] = [];
    dialer.ami.onActionSent((sent) => {
      if (sent.action.toLowerCase() === 'originate') originates.push(sent);
    });
    try {
      // Congestion: every call ends at once (FAILED, retried only minutes later).
      const { campaign, contactIds } = await oneAgentCampaign(harness, {
        mix: [{ main: 'congestion' }, { main: 'congestion' }, { main: 'congestion' }],
        phone: { talkSeconds: 2, answerAfterMs: 200 },
      });
      await pollUntil(
        () => originates.length,
        (count) => count >= 1,
        {
          timeoutMs: 30_000,
          intervalMs: 20,
          what: 'the first originate',
        },
      );
      // The lease is taken from under the dialer (as when it stalled past the TTL): the
      // originates queued meanwhile are stale; it takes the lease back once the other lets go.
      const key = dialerLeaseKey(config, campaign.id);
      await redis.set(key, 'another-dialer', 'PX', 2500);
      await redis.incr(`${key}:token`);
      const lostAt = Date.now();
      const rowsOf = () => orm.em.fork().find(DialerContact, { campaign: campaign.id });
      // The calls claimed under the lost lease (the first one already on its way).
      const staleCallIds = new Set((await rowsOf()).map((row) => row.lastCallId));
      expect(staleCallIds.size).toBe(3);

      const rows = await pollUntil(
        rowsOf,
        (found) =>
          found.length === 3 &&
          found.every((row) => row.lastOutcome !== null && row.status !== DialerContactStatus.DIALING),
        { timeoutMs: 90_000, intervalMs: 250, what: 'every contact to be dialed and settled' },
      );
      expect(rows.map((row) => row.attempts)).toEqual([1, 1, 1]);
      const calls = await dialsFromLog(orm, campaign.id);
      // No call of the lost lease went out after it was lost (the first left before: a
      // second is far more than Asterisk takes to dial it).
      const staleDialed = calls.filter(([callId, call]) => staleCallIds.has(callId) && call.dialAt! > lostAt + 1000);
      expect(staleDialed).toEqual([]);
      // Each contact dialed once: the first by the old lease, the others under the new one.
      expect(calls.map(([, call]) => call.contactId).sort()).toEqual([...contactIds].sort());
      // The first originate, then the new holder's two: the two stale ones never left.
      expect(originates).toHaveLength(3);
    } finally {
      await dialer.close();
    }
  }, 180_000);
});

describe('the claims of a lost lease, in Postgres', () => {
  it('take no more writes from the old claimant once the new holder adopted them', async () => {
    const { orm, ami, bus, store, pbx } = harness;
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { type: CampaignType.DIALER, database });
    const contact = await addContact(orm, database);
    const em = orm.em.fork();
    em.create(DialerContact, {
      campaign: em.getReference(Campaign, campaign.id),
      contact: em.getReference(Contact, contact.id),
      status: DialerContactStatus.PENDING,
    } as DialerContact);
    await em.flush();
    const stale = dialerClaimant('dialer-old', 1);
    const [claim] = await claimDueContacts(orm.em.fork(), campaign.id, stale, 1);
    // The next acquisition (token 2) adopts the row.
    const config = loadWorkersConfig(dialerConfig('dialer-new'));
    const adopting = new CampaignDialer({
      campaignId: campaign.id,
      config,
      orm,
      ami,
      events: bus,
      store,
      logger: pbx.logger,
      lease: { token: 2, holds: async (token) => token === 2 },
    });
    await adopting.recover();
    expect(await releaseClaim(orm.em.fork(), { ...claim!, claimant: stale })).toBe(false);
    const row = await orm.em.fork().findOneOrFail(DialerContact, { campaign: campaign.id });
    expect(row).toMatchObject({ status: DialerContactStatus.DIALING, claimedBy: dialerClaimant('dialer-new', 2) });
    expect(await releaseClaim(orm.em.fork(), { ...claim!, claimant: dialerClaimant('dialer-new', 2) })).toBe(true);
  });
});
