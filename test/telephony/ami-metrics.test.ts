// A worker's AMI metrics against the real Asterisk: the client's observer feeds action
// latency (by action and outcome), the connection gauge and the reconnect counter.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetricsRegistry } from '@switchboard/schema';
import { asteriskCli, ping, type AmiClient } from '@switchboard/telephony';
import { amiMetricsObserver } from '../../workers/src/common/ami.metrics.js';
import { metricSample } from '../support/metrics-text.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';

let pbx: TestPbx;
let client: AmiClient | undefined;

beforeAll(async () => {
  pbx = await ensurePbx();
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await client?.close();
});

/** File descriptors of the AMI sessions Asterisk has open (`manager show connected`). */
async function amiSessions(): Promise<Set<string>> {
  const output = await asteriskCli(pbx.config, 'manager show connected');
  const rows = output.split('\n').filter((line) => /^\s+\S+\s+127\.0\.0\.1\s/.test(line));
  return new Set(rows.map((line) => line.trim().split(/\s+/)[4]!));
}

/** A client observed by a fresh registry, and its own session (told from others that connect meanwhile). */
async function connectObserved() {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const registry = createMetricsRegistry('ami-test');
    const before = await amiSessions();
    client = await pbx.connectAmi({
      observer: amiMetricsObserver(registry),
      reconnect: { initialDelayMs: 100, maxDelayMs: 400 },
    });
    const added = [...(await amiSessions())].filter((fd) => !before.has(fd));
    if (added.length === 1) return { registry, fd: added[0]!, ami: client };
    await client.close();
  }
  throw new Error('Could not tell our AMI session from the others');
}

describe('AMI metrics', () => {
  it('time each action and count the reconnect after Asterisk drops the session', async () => {
    const { registry, fd, ami } = await connectObserved();
    await ping(ami);
    await ping(ami);
    let text = await registry.metrics();
    expect(
      metricSample(text, 'switchboard_ami_action_duration_seconds_count', { action: 'ping', outcome: 'success' }),
    ).toBe(2);
    expect(metricSample(text, 'switchboard_ami_connected')).toBe(1);
    expect(metricSample(text, 'switchboard_ami_reconnects_total')).toBe(0);

    const back = new Promise((resolve) => ami.onConnection('connected', resolve));
    await asteriskCli(pbx.config, `manager kick session ${fd}`);
    await back;
    await ping(ami);
    text = await registry.metrics();
    expect(metricSample(text, 'switchboard_ami_reconnects_total')).toBe(1);
    expect(metricSample(text, 'switchboard_ami_connected')).toBe(1);
    expect(metricSample(text, 'switchboard_ami_disconnects_total', { reason: 'connection closed' })).toBe(1);
    expect(
      metricSample(text, 'switchboard_ami_action_duration_seconds_count', { action: 'ping', outcome: 'success' }),
    ).toBe(3);
  });
});
