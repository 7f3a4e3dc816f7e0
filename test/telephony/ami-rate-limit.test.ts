import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originate, type AmiClient, type SentAction } from '@switchboard/telephony';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS } from './pbx-harness.js';
import { asteriskTimeMs, recordEvents } from './event-recorder.js';

const RATE = 50;
const BURST = 5;
const CALLS = 200;

let ami: AmiClient;
let recorder: ReturnType<typeof recordEvents>;

beforeAll(async () => {
  ami = await (await ensurePbx()).connectAmi({ actionsPerSecond: RATE, burst: BURST });
  recorder = recordEvents(ami);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  await ami?.close();
});

/**
 * The most actions found in any window of the sorted times, over what the bucket allows in
 * that window stretched by `jitterMs` (for clocks that bunch actions that left evenly).
 */
function worstExcess(timesMs: number[], jitterMs = 0): number {
  let worst = -Infinity;
  for (let first = 0; first < timesMs.length; first += 1) {
    for (let last = first; last < timesMs.length; last += 1) {
      const allowed = BURST + (RATE * (timesMs[last]! - timesMs[first]! + jitterMs)) / 1000;
      worst = Math.max(worst, last - first + 1 - allowed);
    }
  }
  return worst;
}

describe('the AMI rate limit', () => {
  it(`spaces a burst of ${CALLS} originates to ${RATE}/s after ${BURST} at once`, async () => {
    const sent: SentAction[] = [];
    const stopWatching = ami.onActionSent((entry) => sent.push(entry));
    // Each call is a Local channel that the fake PSTN rejects at once: cheap for Asterisk.
    const calls = await Promise.all(
      Array.from({ length: CALLS }, () =>
        originate(ami, { channel: 'Local/s@fake-pstn-unallocated', destination: { application: 'Wait', data: '0' } }),
      ),
    );
    stopWatching();

    const originates = sent.filter((entry) => entry.action === 'Originate').map((entry) => entry.sentAt);
    expect(originates).toHaveLength(CALLS);
    // Measured where the actions leave the client...
    expect(worstExcess(originates)).toBeLessThanOrEqual(1);
    expect(originates.at(-1)! - originates[0]!).toBeGreaterThanOrEqual(((CALLS - BURST) / RATE) * 1000 * 0.95);

    // ...and where Asterisk acted on them: the channels' creation times.
    const ids = new Set(calls.map((call) => call.channelId));
    const created = await (async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = recorder.events.filter(
          (event) => event.event === 'Newchannel' && ids.has(String(event['uniqueid'])),
        );
        if (found.length === CALLS || Date.now() > deadline) return found.map(asteriskTimeMs).sort((a, b) => a - b);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    expect(created).toHaveLength(CALLS);
    // Asterisk may be descheduled for a moment and then act on a few actions at once; a
    // quarter of a second of slack absorbs that, a missing rate limit would exceed it by far.
    expect(worstExcess(created, 250)).toBeLessThanOrEqual(0);
    expect(created.at(-1)! - created[0]!).toBeGreaterThanOrEqual(((CALLS - BURST) / RATE) * 1000 * 0.9);
  });
});
