// Surplus hang-ups against the real Asterisk, with a scripted pacer: the dialer hangs up the
// ringing calls a pacer names, never an answered one, and the contact is tried again later.

import { describe, expect, it } from 'vitest';
import {
  Campaign,
  DialOutcome,
  DialerContact,
  DialerContactSource,
  DialerContactStatus,
  DoNotCallList,
} from '@switchboard/schema';
import { applyTelephonyConfiguration, hangUpRingingCall, startTestPhone } from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import type { Pacer, PacingDecision } from '../../workers/src/dialer/pacing/index.js';
import { createAgentGroup } from '../support/agent-factory.js';
import { createDatabase } from '../support/contact-factory.js';
import { unique } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { agentsWithPhones, dialerConfig, useDialerHarness } from './dialer-harness.js';
import { createContacts, createRouteToFakePstn, dialerCampaign, dialsFromLog } from './dialer-scenario.js';

const harness = useDialerHarness();

describe('surplus hang-ups', () => {
  it('hangs up a ringing call the pacer finds surplus, never an answered one, and tries the contact again later', async () => {
    const { orm, api, ami, config, pbx, bus, store, amiOptions, phones } = harness;
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
      const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
      const database = await createDatabase(orm, {
        columns: ['phone', 'name'],
        phoneColumns: ['phone'],
        externalIdColumn: null,
      });
      const doNotCall = orm.em.fork().create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
      await orm.em.fork().persist(doNotCall).flush();
      const kinds = await createContacts(orm, database, doNotCall, {
        count: 2,
        mix: [{ main: 'noAnswer' }, { main: 'human' }],
      });
      const [ringing, human] = [...kinds.keys()];
      const [agent] = await agentsWithPhones(harness, 1, await createAgentGroup(orm, { autoUnpauseSeconds: 1 }));
      const campaign = await dialerCampaign(orm, [agent!.agentId], database, route);
      // Unanswered, the call would ring for 30 s.
      const em = orm.em.fork();
      (await em.findOneOrFail(Campaign, campaign.id)).queue.dialTimeoutSeconds = 30;
      await em.flush();
      await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
      phones.push(
        await startTestPhone(
          config,
          { name: String(agent!.sipExtension), password: agent!.sipSecret, talkSeconds: 6, answerAfterMs: 200 },
          pbx.logger,
        ),
      );
      ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent!.token));

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
      expect(await hangUpRingingCall(ami, talking![0])).toBe('answered');

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
