import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  FAKE_PSTN_TRUNK,
  OUTBOUND_CONTEXT,
  fakePstnNumber,
  originate,
  type AmiClient,
  type FakePstnOutcome,
} from '@switchboard/telephony';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS } from './pbx-harness.js';
import { asteriskTimeMs, recordEvents } from './event-recorder.js';

let ami: AmiClient;
let recorder: ReturnType<typeof recordEvents>;

beforeAll(async () => {
  ami = await (await ensurePbx()).connectAmi();
  recorder = recordEvents(ami);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  await ami?.close();
});

/** Calls a fake customer straight through the trunk; the answered call waits `waitSeconds`. */
const callThroughTrunk = (number: string, timeoutMs = 10_000, waitSeconds = 1) =>
  originate(ami, {
    channel: `PJSIP/${number}@${FAKE_PSTN_TRUNK}`,
    destination: { application: 'Wait', data: String(waitSeconds) },
    timeoutMs,
  });

describe('the fake PSTN, called through its loopback SIP trunk', () => {
  it.each<[FakePstnOutcome, number]>([
    ['busy', 17],
    ['congestion', 34],
    ['rejected', 21],
    ['unallocated', 1],
  ])('a %s number fails the call with hang-up cause %i', async (outcome, cause) => {
    const number = fakePstnNumber(outcome);
    const call = await callThroughTrunk(number);
    expect((await call.outcome()).response).toBe('Failure');
    const hangup = await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId);
    expect(Number(hangup.cause)).toBe(cause);
    // The call crossed a real SIP hop: the carrier side saw it arrive for that number.
    const carrierSide = recorder.find(
      'Newchannel',
      (event) => event.channel.startsWith('PJSIP/fake-pstn-carrier-') && event.exten === number,
    );
    expect(carrierSide).toBeDefined();
  });

  it('a no-answer number rings until the caller gives up (cause 19)', async () => {
    const started = performance.now();
    const call = await callThroughTrunk(fakePstnNumber('noAnswer'), 2000);
    const verdict = await call.outcome();
    expect(verdict).toMatchObject({ response: 'Failure', reason: '3' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
    const ringing = recorder.find(
      'Newstate',
      (event) => event.uniqueid === call.channelId && event.channelstatedesc === 'Ringing',
    );
    expect(ringing).toBeDefined();
    const hangup = await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId);
    expect(Number(hangup.cause)).toBe(19);
  });

  it('a human answers after ringing and hangs up after the talk time in the number', async () => {
    const call = await callThroughTrunk(fakePstnNumber('human', 2), 10_000, 30);
    const newChannel = await recorder.waitFor('Newchannel', (event) => event.uniqueid === call.channelId);
    expect(await call.outcome()).toMatchObject({ response: 'Success', reason: '4' });
    const answered = await recorder.waitFor(
      'Newstate',
      (event) => event.uniqueid === call.channelId && event.channelstatedesc === 'Up',
    );
    const hangup = await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId, 10_000);
    // Customer hung up (BYE): normal clearing, after ring 1.5 s and 0.4 + 0.8 (hello) + 2 s on the line.
    expect(Number(hangup.cause)).toBe(16);
    expect(asteriskTimeMs(answered) - asteriskTimeMs(newChannel)).toBeGreaterThanOrEqual(1400);
    const onLine = asteriskTimeMs(hangup) - asteriskTimeMs(answered);
    expect(onLine).toBeGreaterThanOrEqual(3000);
    expect(onLine).toBeLessThan(5000);
  });
});

describe('the fake PSTN, dialled from the platform dialplan', () => {
  it.each<[FakePstnOutcome, string, Record<string, string>]>([
    ['busy', 'BUSY', {}],
    ['congestion', 'CONGESTION', {}],
    ['noAnswer', 'NOANSWER', { DIAL_TIMEOUT: '2' }],
    ['human', 'ANSWER', {}],
  ])('a %s number ends Dial with DIALSTATUS %s', async (outcome, dialStatus, variables) => {
    const dialler = randomUUID();
    await originate(ami, {
      channel: `Local/${fakePstnNumber(outcome, 1)}@${OUTBOUND_CONTEXT}`,
      otherChannelId: dialler,
      destination: { application: 'Wait', data: '1' },
      variables,
    });
    const dialEnd = await recorder.waitFor('DialEnd', (event) => event.uniqueid === dialler);
    expect(dialEnd.dialstatus).toBe(dialStatus);
    expect(dialEnd.destchannel).toMatch(new RegExp(`^PJSIP/${FAKE_PSTN_TRUNK}-`));
  });
});
