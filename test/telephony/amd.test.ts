import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMD_CONTEXT,
  AMD_USER_EVENT,
  FAKE_PSTN_TRUNK,
  fakePstnNumber,
  originate,
  type AmiClient,
} from '@switchboard/telephony';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS } from './pbx-harness.js';
import { recordEvents } from './event-recorder.js';

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

/** Calls the number and lets Asterisk's AMD() listen to whoever answers. */
async function detect(number: string) {
  const call = await originate(ami, {
    channel: `PJSIP/${number}@${FAKE_PSTN_TRUNK}`,
    destination: { context: AMD_CONTEXT, exten: 's' },
  });
  expect((await call.outcome()).response).toBe('Success');
  return recorder.waitFor(
    'UserEvent',
    (event) => event.userevent === AMD_USER_EVENT && event.uniqueid === call.channelId,
  );
}

describe('answering-machine detection on real audio', () => {
  it('hears the human\'s short "hello" followed by silence as HUMAN', async () => {
    const verdict = await detect(fakePstnNumber('human', 10));
    expect(verdict['status']).toBe('HUMAN');
  });

  it("hears the machine's long greeting as MACHINE", async () => {
    const verdict = await detect(fakePstnNumber('machine', 10));
    expect(verdict['status']).toBe('MACHINE');
    expect(verdict['cause']).toMatch(/^(LONGGREETING|MAXWORDS)/);
  });
});
