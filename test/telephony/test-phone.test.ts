import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  OUTBOUND_CONTEXT,
  fakePstnNumber,
  getVar,
  originate,
  startTestPhone,
  type AmiClient,
  type TestPhone,
} from '@switchboard/telephony';
import { pollUntil } from '../support/poll-until.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';
import { asteriskTimeMs, recordEvents } from './event-recorder.js';

let pbx: TestPbx;
let ami: AmiClient;
let recorder: ReturnType<typeof recordEvents>;
const phones: TestPhone[] = [];

beforeAll(async () => {
  pbx = await ensurePbx();
  ami = await pbx.connectAmi();
  recorder = recordEvents(ami);
}, PBX_HOOK_TIMEOUT_MS);

afterEach(async () => {
  await Promise.all(phones.splice(0).map((phone) => phone.stop()));
});

afterAll(async () => {
  recorder?.stop();
  await ami?.close();
});

async function phone(name: string, talkSeconds: number): Promise<TestPhone> {
  const started = await startTestPhone(pbx.config, { name, talkSeconds }, pbx.logger);
  phones.push(started);
  return started;
}

describe('test phones (sipp, registered like agent phones)', () => {
  it('registers its contact with Asterisk', async () => {
    const started = await phone('test-phone-1', 2);
    const contact = await recorder.waitFor(
      'ContactStatus',
      (event) => event.aor === 'test-phone-1' && event.uri.endsWith(`:${started.contactPort}`),
    );
    // Registered without qualify: Asterisk takes the contact as it is ("NonQualified").
    expect(contact.contactstatus).toBe('NonQualified');
    expect(recorder.find('PeerStatus', (event) => event.peer === 'PJSIP/test-phone-1')?.peerstatus).toBe('Reachable');
  });

  it('answers a call and hangs up after its talk time', async () => {
    await phone('test-phone-1', 2);
    const call = await originate(ami, { channel: 'PJSIP/test-phone-1', destination: { application: 'Echo' } });
    expect((await call.outcome()).response).toBe('Success');
    const answered = await recorder.waitFor(
      'Newstate',
      (event) => event.uniqueid === call.channelId && event.channelstatedesc === 'Up',
    );
    const hangup = await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId);
    expect(Number(hangup.cause)).toBe(16);
    const talked = asteriskTimeMs(hangup) - asteriskTimeMs(answered);
    expect(talked).toBeGreaterThanOrEqual(1800);
    expect(talked).toBeLessThan(3500);
  });

  it('talks to a human customer bridged to it', async () => {
    await phone('test-phone-2', 2);
    const customerSide = randomUUID();
    await originate(ami, {
      channel: `Local/${fakePstnNumber('human', 30)}@${OUTBOUND_CONTEXT}`,
      otherChannelId: customerSide,
      destination: { application: 'Dial', data: 'PJSIP/test-phone-2,10' },
    });
    const dialEnd = await recorder.waitFor(
      'DialEnd',
      (event) => event.destchannel?.startsWith('PJSIP/test-phone-2-') && event.linkedid !== customerSide,
    );
    expect(dialEnd.dialstatus).toBe('ANSWER');
    const agentLeg = dialEnd.destuniqueid;
    await recorder.waitFor('BridgeEnter', (event) => event.uniqueid === agentLeg);
    // Media, not just signalling: the phone echoes what it hears, so RTP flows both ways.
    const stats = await pollUntil(
      () => getVar(ami, { channel: dialEnd.destchannel, variable: 'CHANNEL(rtcp,all)' }),
      (value) => Number(/rxcount=(\d+)/.exec(value)?.[1]) > 10 && Number(/txcount=(\d+)/.exec(value)?.[1]) > 10,
      { what: 'RTP both ways on the phone leg' },
    );
    expect(stats).toMatch(/rxcount=\d+/);
    const hangup = await recorder.waitFor('Hangup', (event) => event.uniqueid === agentLeg);
    expect(Number(hangup.cause)).toBe(16);
  });

  it('is unreachable once stopped (unregistered)', async () => {
    const started = await phone('test-phone-3', 1);
    await started.stop();
    phones.splice(phones.indexOf(started), 1);
    await recorder.waitFor(
      'ContactStatus',
      (event) => event.aor === 'test-phone-3' && event.contactstatus === 'Removed',
    );
    const call = await originate(ami, { channel: 'PJSIP/test-phone-3', destination: { application: 'Echo' } });
    expect((await call.outcome()).response).toBe('Failure');
  });
});
