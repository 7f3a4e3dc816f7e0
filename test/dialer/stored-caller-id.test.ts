// A campaign caller id stored before the API refused control characters (an old row): the
// AMI gate refuses the Originate, so nothing of it reaches Asterisk; the dialer logs it and
// keeps running, and dials as soon as the campaign is fixed.

import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Campaign } from '@switchboard/schema';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { pollUntil } from '../support/poll-until.js';
import { dialerConfig, oneAgentCampaign, useDialerHarness } from './dialer-harness.js';
import { dialsFromLog } from './dialer-scenario.js';

const harness = useDialerHarness();
let dialer: DialerWorker | undefined;

afterAll(async () => {
  await dialer?.close();
});

const INJECTION = '1\r\nApplication: System\r\nData: touch /tmp/switchboard-injected';

describe('a stored caller id that would inject AMI headers', () => {
  it('is never sent; the dialer logs it, carries on, and dials once the campaign is fixed', async () => {
    const { orm, bus, store, amiOptions } = harness;
    const {
      campaign,
      contactIds: [contactId],
    } = await oneAgentCampaign(harness, { mix: [{ main: 'human' }], phone: { talkSeconds: 2, answerAfterMs: 200 } });
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { outboundCallerId: INJECTION });

    const refusals: Array<{ err?: { code?: string } }> = [];
    const logger = pino(
      { level: 'error' },
      {
        write: (line: string) => {
          const entry = JSON.parse(line) as { msg?: string; err?: { code?: string } };
          if (entry.msg?.includes('unsafe for AMI')) refusals.push(entry);
        },
      },
    );
    dialer = startDialerWorker({
      config: loadWorkersConfig(dialerConfig('stored-caller-id')),
      amiOptions,
      orm,
      events: bus,
      store,
      logger,
    });
    await pollUntil(
      () => refusals.length,
      (count) => count >= 2,
      { timeoutMs: 20_000, what: 'the dialer refusing the stored caller id, more than once' },
    );
    expect(refusals[0]!.err?.code).toBe('UNSAFE_ACTION');
    expect(await dialsFromLog(orm, campaign.id)).toEqual([]);

    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { outboundCallerId: '"Sales" <5550100>' });
    const dials = await pollUntil(
      () => dialsFromLog(orm, campaign.id),
      (calls) => calls.length > 0,
      { timeoutMs: 30_000, what: 'the contact dialed once the caller id is fixed' },
    );
    expect(dials[0]![1].contactId).toBe(contactId);
  });
});
