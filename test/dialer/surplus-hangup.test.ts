// Surplus hang-ups against the real Asterisk, with a scripted pacer: the dialer hangs up the
// ringing calls a pacer names, never an answered one, and the contact is tried again later.

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DialOutcome,
  DialerContact,
  DialerContactSource,
  DialerContactStatus,
  createMetricsRegistry,
} from '@switchboard/schema';
import {
  AmiClient,
  DIALER_CHANNEL_VARIABLE,
  applyTelephonyConfiguration,
  dialerChannelId,
  dialerRouteChannelId,
  fakePstnNumber,
  hangUpRingingCall,
  originate,
  ping,
  routeContextById,
  type AmiEventBase,
  type RingingHangupResult,
} from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { withAmiMetrics } from '../../workers/src/common/ami.metrics.js';
import { metricSample } from '../support/metrics-text.js';
import type { Pacer, PacingDecision } from '../../workers/src/dialer/pacing/index.js';
import { pollUntil } from '../support/poll-until.js';
import { ownIsolation } from '../telephony/own-asterisk.js';
import { dialerConfig, oneAgentCampaign, useDialerHarness } from './dialer-harness.js';
import { createRouteToFakePstn, dialsFromLog } from './dialer-scenario.js';

// Its own database: its scripted pacer would dial any ACTIVE dialer campaign it found.
const isolation = ownIsolation('surplus-hangup');
const harness = useDialerHarness(isolation);

describe('surplus hang-ups', () => {
  it('hangs up a ringing call the pacer finds surplus, never an answered one, and tries the contact again later', async () => {
    const { orm, ami, pbx, bus, store, amiOptions } = harness;
    // The pacer is scripted: both contacts, then, once the human talks to the agent, "hang
    // up every call older than 4 s". (Waiting for the human keeps a slow answer on a loaded
    // machine from being named surplus too.)
    // Asks again until both calls are in flight: on a loaded machine the first decision may come
    // before both contacts can be claimed, and a pacer that asked only once never dialed the human.
    const seen = new Set<string>();
    let humanConnected = false;
    const scripted: Pacer = {
      mode: 'predictive',
      decide(snapshot): PacingDecision {
        for (const call of snapshot.callsInFlight) seen.add(call.id);
        const originate =
          snapshot.agentsReady > 0 && seen.size < 2 && snapshot.callsInFlight.length < 2 ? 2 - seen.size : 0;
        const hangUp = humanConnected
          ? snapshot.callsInFlight.filter((call) => call.secondsSinceOriginate >= 4).map((call) => call.id)
          : [];
        return {
          originate,
          hangUp,
          wanted: originate,
          limitedBy: 'none',
          reason: { mode: 'predictive', note: 'scripted', figures: {} },
        };
      },
    };
    const metrics = createMetricsRegistry('dialer');
    const dialer = startDialerWorker({
      config: loadWorkersConfig(dialerConfig('dialer-surplus', isolation)),
      amiOptions: withAmiMetrics(amiOptions, metrics),
      orm,
      events: bus,
      store,
      logger: pbx.logger,
      pacerFor: () => scripted,
      metrics,
    });
    try {
      // Unanswered, the first contact's call would ring for 60 s.
      const {
        campaign,
        contactIds: [ringing, human],
      } = await oneAgentCampaign(harness, {
        mix: [{ main: 'noAnswer' }, { main: 'human' }],
        phone: { talkSeconds: 6, answerAfterMs: 200 },
        dialTimeoutSeconds: 60,
      });

      const rowOf = (contactId: string) =>
        orm.em.fork().findOneOrFail(DialerContact, { campaign: campaign.id, contact: contactId });
      // While the human talks to the agent, the telephony side refuses to drop the call.
      const talking = await pollUntil(
        async () =>
          (await dialsFromLog(orm, campaign.id)).find(
            ([, call]) => call.contactId === human && call.types.includes('CONNECT'),
          ),
        Boolean,
        { timeoutMs: 60_000, intervalMs: 200, what: 'the human to reach the agent' },
      );
      humanConnected = true;
      // (Once bridged to the agent, its Local channel has optimized away: nothing left to hang up.)
      expect(['answered', 'gone']).toContain(await hangUpRingingCall(ami, talking![0]));
      // A call Asterisk no longer has is nothing to hang up.
      expect(await hangUpRingingCall(ami, randomUUID())).toBe('gone');

      const dropped = await pollUntil(
        () => rowOf(ringing!),
        (row) => row.lastOutcome !== null,
        { timeoutMs: 30_000, intervalMs: 200, what: 'the ringing call to be dropped' },
      );
      expect(dropped).toMatchObject({
        status: DialerContactStatus.SCHEDULED,
        source: DialerContactSource.RETRY,
        lastOutcome: DialOutcome.SURPLUS,
        attemptsByOutcome: { [DialOutcome.SURPLUS]: 1 },
      });
      expect(dropped.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(200_000);
      // Noted on the row, for a dialer that would take the campaign over before the call settled.
      expect(dropped.surplusCallId).toBe(dropped.lastCallId);
      const answered = await pollUntil(
        () => rowOf(human!),
        (row) => row.lastOutcome !== null,
        { timeoutMs: 30_000, intervalMs: 200, what: 'the human call to end' },
      );
      expect(answered).toMatchObject({ status: DialerContactStatus.DONE, lastOutcome: DialOutcome.CONNECTED });

      const calls = new Map((await dialsFromLog(orm, campaign.id)).map(([, call]) => [call.contactId, call]));
      const ringingCall = calls.get(ringing!)!;
      expect(ringingCall.types).not.toContain('ANSWER');
      expect(ringingCall.types).not.toContain('ABANDON');
      // Dropped soon after the human connected, far from the 60 s timeout.
      expect(ringingCall.endAt! - ringingCall.dialAt!).toBeLessThan(40_000);
      expect(calls.get(human!)!.types).toContain('CONNECT');

      // The same story in the dialer's metrics: two calls asked for and placed, one dropped as surplus.
      const text = await metrics.metrics();
      const ofCampaign = { campaign: campaign.id };
      // (Asked for at least twice: the scripted pacer asks until both are in flight.)
      expect(metricSample(text, 'switchboard_dialer_originates_decided_total', ofCampaign)).toBeGreaterThanOrEqual(2);
      expect(metricSample(text, 'switchboard_dialer_calls_placed_total', { ...ofCampaign, mode: 'predictive' })).toBe(
        2,
      );
      expect(metricSample(text, 'switchboard_dialer_surplus_hangups_total', ofCampaign)).toBe(1);
      // Two calls, and the surplus hang-up (itself an Originate of a dialplan step that decides in
      // Asterisk; a tick may send it again before the first one's end is logged).
      expect(
        metricSample(text, 'switchboard_ami_action_duration_seconds_count', {
          action: 'originate',
          outcome: 'success',
        }),
      ).toBe(3);
    } finally {
      await dialer.close();
    }
  }, 180_000);
});

/**
 * A customer who answers while the surplus hang-up waits in a slow AMI queue (one action
 * every 3 s; the fake PSTN answers after 1.5 s of ringing). Returns what the hang-up said and
 * when the dialer's channel went up and came down (performance.now()).
 */
async function hangUpAsItAnswers(drainQueueFirst: boolean) {
  const { orm, ami, config, pbx, amiOptions } = harness;
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
  const slow = new AmiClient({ ...amiOptions, actionsPerSecond: 1 / 3, burst: 1, logger: pbx.logger });
  await slow.connect();
  const callId = randomUUID();
  const channelId = dialerChannelId(callId);
  const seen: { upAt?: number; hungUpAt?: number } = {};
  const stop = ami.onAnyEvent((event: AmiEventBase) => {
    if (event['uniqueid'] !== channelId) return;
    if (event.event === 'Newstate' && event['channelstatedesc'] === 'Up') seen.upAt ??= performance.now();
    if (event.event === 'Hangup') seen.hungUpAt ??= performance.now();
  });
  try {
    // The trunk leg of this call starts ringing (the fake PSTN answers 1.5 s later).
    const ringing = ami.waitForEvent(
      'DialBegin',
      (event) => event.destlinkedid === channelId && event.destchannel.startsWith('PJSIP/'),
      15_000,
    );
    // As the dialer places it, but answered into a 6 s wait instead of a queue.
    await originate(ami, {
      channel: `Local/${fakePstnNumber('human', 10, '55999990')}@${routeContextById(route.id)}`,
      destination: { application: 'Wait', data: '6' },
      channelId,
      otherChannelId: dialerRouteChannelId(callId),
      variables: { __SB_CALL_ID: callId, [`__${DIALER_CHANNEL_VARIABLE}`]: channelId },
    });
    await ringing.catch(() => undefined);
    if (drainQueueFirst) await ping(slow);
    const result: RingingHangupResult = await hangUpRingingCall(slow, callId);
    await pollUntil(
      () => seen.hungUpAt,
      (at) => at !== undefined,
      { timeoutMs: 20_000, what: 'the call to end' },
    );
    return { result, ...seen };
  } finally {
    stop();
    await slow.close();
  }
}

describe('a surplus hang-up racing the answer', () => {
  it('hangs up before the answer or refuses after it: an answered customer is never dropped', async () => {
    // The hang-up leaves at once: Asterisk runs it while the call rings.
    const early = await hangUpAsItAnswers(false);
    expect(early.result).toBe('hung-up');
    expect(early.upAt).toBeUndefined();
    // The hang-up waits 3 s behind another action: by then the customer answered.
    const late = await hangUpAsItAnswers(true);
    expect(late.result).toBe('answered');
    expect(late.upAt).toBeDefined();
    // The call lived its 6 s once answered: nobody dropped it.
    expect(late.hungUpAt! - late.upAt!).toBeGreaterThan(5_000);
  }, 120_000);
});
