import { describe, expect, it } from 'vitest';
import {
  WELCOME_ABANDON_CONTEXT,
  WELCOME_ABANDON_USER_EVENT,
  campaignQueueSteps,
  campaignQueueSupportDialplan,
} from './campaign-queue-dialplan.js';
import { renderConf } from '../conf-file.js';
import { campaignQueuesConf } from './campaign-queues-conf.js';
import { inboundCampaignDialplan } from './inbound-campaign-dialplan.js';
import type { CampaignQueueModel } from './telephony-model.js';

const queue: CampaignQueueModel = {
  campaignId: '0b8e7f52-1111-4000-8000-00000000000a',
  campaignName: 'Sales',
  recordCalls: false,
  strategy: 'fewestcalls',
  ringSeconds: 12,
  retrySeconds: 4,
  wrapUpSeconds: 3,
  maxCalls: 2,
  serviceLevelSeconds: 25,
  priority: 7,
  musicOnHold: null,
  agentAnnouncement: null,
  announceHoldTime: 'yes',
  announcePosition: true,
  positionAnnounceFrequencySeconds: 30,
  periodicAnnouncement: 'queue-periodic-announce',
  periodicAnnouncementFrequencySeconds: 45,
  queueTimeoutSeconds: 40,
  entryAnnouncement: null,
  escapeIvrId: null,
};

describe('campaign queue steps', () => {
  it('queues with the maximum wait, then goes to the failover destination', () => {
    expect(campaignQueueSteps(queue, 'tb(x)', 'Goto(sb-dest-ivr-1,s,1)')).toEqual([
      `Queue(campaign-${queue.campaignId},tb(x),,,40)`,
      'Goto(sb-dest-ivr-1,s,1)',
    ]);
  });

  it('waits without limit when there is no maximum wait', () => {
    const steps = campaignQueueSteps({ ...queue, queueTimeoutSeconds: 0 }, 'tb(x)', 'Hangup()');
    expect(steps[0]).toBe(`Queue(campaign-${queue.campaignId},tb(x),,,)`);
  });

  it('plays the welcome with the abandon hangup handler armed only while it plays', () => {
    const steps = campaignQueueSteps({ ...queue, entryAnnouncement: 'custom/welcome' }, 'tb(x)', 'Hangup()');
    expect(steps.slice(0, 3)).toEqual([
      `Set(CHANNEL(hangup_handler_push)=${WELCOME_ABANDON_CONTEXT},s,1)`,
      'Playback(custom/welcome)',
      'Set(CHANNEL(hangup_handler_pop)=)',
    ]);
  });

  it('keeps anything but a plain sound name out of Playback', () => {
    const steps = campaignQueueSteps({ ...queue, entryAnnouncement: 'a,b)&System(rm)' }, 'tb(x)', 'Hangup()');
    expect(steps[1]).toBe('Playback(abSystemrm)');
  });
});

describe('campaign queue support dialplan', () => {
  it('raises the ABANDONWEL UserEvent from the welcome hangup handler', () => {
    const [handler] = campaignQueueSupportDialplan([queue], () => 'unused');
    expect(handler!.name).toBe(WELCOME_ABANDON_CONTEXT);
    expect(handler!.lines.map((line) => line[1])).toEqual([
      `s,1,UserEvent(${WELCOME_ABANDON_USER_EVENT},Campaign: \${SB_CAMPAIGN_ID})`,
      'n,Return()',
    ]);
  });

  it('sends every key of a queue with an escape IVR to that IVR', () => {
    const ivr = '4a1d0000-0000-4000-8000-000000000001';
    const sections = campaignQueueSupportDialplan(
      [queue, { ...queue, campaignId: 'other', escapeIvrId: ivr }],
      (id) => `Goto(sb-dest-ivr-${id},s,1)`,
    );
    expect(sections.map((section) => section.name)).toEqual([WELCOME_ABANDON_CONTEXT, 'sb-queue-escape-other']);
    expect(sections[1]!.lines).toEqual([['exten', `_[0-9*#],1,Goto(sb-dest-ivr-${ivr},s,1)`]]);
  });
});

describe('queues.conf of a campaign', () => {
  const conf = (model: CampaignQueueModel) => campaignQueuesConf([model]);

  it('applies strategy, ring, retry, wrap-up, capacity, service level, weight and announcements', () => {
    const text = conf(queue);
    for (const line of [
      'strategy = fewestcalls',
      'timeout = 12',
      'retry = 4',
      'wrapuptime = 3',
      'maxlen = 2',
      'servicelevel = 25',
      'weight = 7',
      'announce-holdtime = yes',
      'announce-position = yes',
      'announce-frequency = 30',
      'periodic-announce = queue-periodic-announce',
      'periodic-announce-frequency = 45',
    ])
      expect(text).toContain(`\n${line}\n`);
    expect(text).not.toContain('context =');
  });

  it('names the escape context only for a queue with an escape IVR', () => {
    expect(conf({ ...queue, escapeIvrId: 'x' })).toContain(`\ncontext = sb-queue-escape-${queue.campaignId}\n`);
  });
});

describe("an inbound campaign's context", () => {
  const ivr = '4a1d0000-0000-4000-8000-000000000001';
  const other = '4a1d0000-0000-4000-8000-000000000002';
  const render = (model: CampaignQueueModel) =>
    renderConf(inboundCampaignDialplan([{ campaignId: model.campaignId, live: true }], undefined, [model]));

  it('queues with the maximum wait and sends callers no agent took to the failover destination', () => {
    const conf = render({ ...queue, failover: { type: 'CAMPAIGN', id: other } });
    expect(conf).toContain(
      `same => n,Queue(campaign-${queue.campaignId},tb(switchboard-agent-leg^s^1()),,,40)\nsame => n,Goto(sb-dest-campaign-${other},s,1)\n`,
    );
  });

  it('hangs up after the queue when the failover is HANGUP, and emits the escape context for its IVR', () => {
    const conf = render({ ...queue, escapeIvrId: ivr });
    expect(conf).toMatch(/Queue\(campaign-[^\n]+,,,40\)\nsame => n,Hangup\(\)\n/);
    expect(conf).toContain(`[sb-queue-escape-${queue.campaignId}]\nexten => _[0-9*#],1,Goto(sb-dest-ivr-${ivr},s,1)\n`);
    expect(conf).toContain(`[${WELCOME_ABANDON_CONTEXT}]`);
  });
});
