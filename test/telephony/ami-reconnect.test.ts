import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AmiClient, AmiErrorCode, asteriskCli, ping, type TelephonyConfig } from '@switchboard/telephony';
import { pino } from 'pino';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';

let pbx: TestPbx;
const clients: AmiClient[] = [];

beforeAll(async () => {
  pbx = await ensurePbx();
}, PBX_HOOK_TIMEOUT_MS);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/** File descriptors of the AMI sessions Asterisk has open (`manager show connected`). */
async function amiSessions(config: TelephonyConfig): Promise<Set<string>> {
  const output = await asteriskCli(config, 'manager show connected');
  const rows = output.split('\n').filter((line) => /^\s+\S+\s+127\.0\.0\.1\s/.test(line));
  return new Set(rows.map((line) => line.trim().split(/\s+/)[4]!));
}

/** Connects a client and finds which session is its own: the one that appeared. */
async function connectAndFindSession(): Promise<{ client: AmiClient; fd: string }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const before = await amiSessions(pbx.config);
    const client = await pbx.connectAmi({ reconnect: { initialDelayMs: 100, maxDelayMs: 400 } });
    clients.push(client);
    const added = [...(await amiSessions(pbx.config))].filter((fd) => !before.has(fd));
    // Another test file may connect at the same moment; then try again.
    if (added.length === 1) return { client, fd: added[0]! };
  }
  throw new Error('Could not tell our AMI session from the others');
}

describe('AMI connection loss', () => {
  it('reconnects after Asterisk kicks the session, and sends what was queued meanwhile', async () => {
    const { client, fd } = await connectAndFindSession();
    const dropped = new Promise((resolve) => client.onConnection('disconnected', resolve));
    const back = new Promise<{ reconnected: boolean }>((resolve) => client.onConnection('connected', resolve));

    await asteriskCli(pbx.config, `manager kick session ${fd}`);
    await dropped;
    expect(client.connected).toBe(false);
    // Queued while the connection is down; sent once it is back.
    const pong = ping(client);
    expect(await back).toEqual({ reconnected: true });
    await expect(pong).resolves.toBeGreaterThan(0);
  });

  it('stops retrying when Asterisk refuses the credentials', async () => {
    const client = new AmiClient({
      host: pbx.config.AMI_HOST,
      port: pbx.config.PBX_AMI_PORT,
      username: pbx.config.AMI_USERNAME,
      secret: 'not-the-secret-at-all',
      logger: pino({ level: 'silent' }),
    });
    clients.push(client);
    await expect(client.connect()).rejects.toMatchObject({ code: AmiErrorCode.LOGIN_REJECTED });
    // Actions fail at once instead of waiting for a login that will never succeed.
    await expect(ping(client)).rejects.toMatchObject({ code: AmiErrorCode.LOGIN_REJECTED });
  });
});
