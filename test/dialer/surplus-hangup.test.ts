// Surplus hang-ups against the real Asterisk, with a scripted pacer: the dialer hangs up the
// ringing calls a pacer names, never an answered one, and the contact is tried again later.

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DialOutcome, DialerContact, DialerContactSource, DialerContactStatus } from '@switchboard/schema';
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
import type { Pacer, PacingDecision } from '../../workers/src/dialer/pacing/index.js';
import { pollUntil } from '../support/poll-until.js';
import { dialerConfig, oneAgentCampaign, useDialerHarness } from './dialer-harness.js';
import { createRouteToFakePstn, dialsFromLog } from './dialer-scenario.js';

const harness = useDialerHarness();

describe('surplus hang-ups', () => {
  it('hangs up a ringing call the pacer finds surplus, never an answered one, and tries the contact again later', async () => {
    const { orm, ami, pbx, bus, store, amiOptions } = harness;
    // The pacer is scripted: both contacts at once, then "hang up every call older than 4 s".
    let placed = false;
    const scripted: Pacer = {
      mode: 'predictive',
      decide(snapshot): PacingDecision {
        const originate = !placed && snapshot.agentsReady > 0 ? 2 : 0;
        placed ||= originate > 0;
        const hangUp = snapshot.callsInFlight.filter((call) => call.secondsSinceOriginate >= 4).map((call) => call.id);
        return {
          originate,
          hangUp,
          wanted: originate,
          limitedBy: 'none',
          reason: { mode: 'predictive', note: 'scripted', figures: {} },
        };
      },
    };
    const dialer = startDialerWorker({
      config: loadWorkersConfig(dialerConfig('dialer-surplus')),
      amiOptions,
      orm,
      events: bus,
      store,
      logger: pbx.logger,
      pacerFor: () => scripted,
    });
    try {
      // Unanswered, the first contact's call would ring for 30 s.
      const {
        campaign,
        contactIds: [ringing, human],
      } = await oneAgentCampaign(harness, {
        mix: [{ main: 'noAnswer' }, { main: 'human' }],
        phone: { talkSeconds: 6, answerAfterMs: 200 },
        dialTimeoutSeconds: 30,
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
        { timeoutMs: 30_000, intervalMs: 200, what: 'the human to reach the agent' },
      );
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
      // Dropped after 4 s of ringing, far from the 30 s timeout.
      expect(ringingCall.endAt! - ringingCall.dialAt!).toBeLessThan(12_000);
      expect(calls.get(human!)!.types).toContain('CONNECT');
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
