import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_PSTN_TRUNK,
  coreShowChannels,
  fakePstnNumber,
  getVar,
  hangup,
  originate,
  ping,
  runCliCommand,
  type AmiClient,
} from '@switchboard/telephony';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';
import { recordEvents } from './event-recorder.js';

let pbx: TestPbx;
let ami: AmiClient;
let recorder: ReturnType<typeof recordEvents>;

beforeAll(async () => {
  pbx = await ensurePbx();
  ami = await pbx.connectAmi();
  recorder = recordEvents(ami);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  await ami?.close();
});

describe('AMI actions against Asterisk', () => {
  it('pings', async () => {
    expect(await ping(ami)).toBeGreaterThan(0);
  });

  it('runs a CLI command and returns its output lines', async () => {
    const output = await runCliCommand(ami, 'core show version');
    expect(output.join('\n')).toMatch(/^Asterisk 22\./m);
  });

  it('reads a global variable of the generated dialplan', async () => {
    const talkSeconds = await getVar(ami, { variable: 'FAKE_PSTN_TALK_SECONDS' });
    expect(Number(talkSeconds)).toBe(pbx.config.PBX_FAKE_PSTN_TALK_SECONDS);
  });

  it('lists a ringing call, hangs it up with a cause, and no longer lists it', async () => {
    const call = await originate(ami, {
      channel: `PJSIP/${fakePstnNumber('noAnswer')}@${FAKE_PSTN_TRUNK}`,
      destination: { application: 'Wait', data: '1' },
      timeoutMs: 20_000,
    });
    await recorder.waitFor(
      'Newstate',
      (event) => event.uniqueid === call.channelId && event.channelstatedesc === 'Ringing',
    );
    const ringing = (await coreShowChannels(ami)).find((channel) => channel.uniqueid === call.channelId);
    expect(ringing).toMatchObject({ channelstatedesc: 'Ringing' });

    await hangup(ami, { channel: ringing!.channel, cause: 21 });
    const hungUp = await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId);
    expect(Number(hungUp.cause)).toBe(21);
    expect((await call.outcome()).response).toBe('Failure');
    expect((await coreShowChannels(ami)).map((channel) => channel.uniqueid)).not.toContain(call.channelId);
  });

  it('fails an action that Asterisk rejects with ACTION_FAILED', async () => {
    await expect(hangup(ami, { channel: 'PJSIP/no-such-channel-0000' })).rejects.toMatchObject({
      code: 'ACTION_FAILED',
    });
  });
});
