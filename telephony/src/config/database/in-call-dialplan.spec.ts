import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { dialerDialplan } from './dialer-dialplan.js';
import { phonesPjsipConf } from './phones-pjsip-conf.js';
import { agentLegOption, dialerAgentLegOption, inCallDialplan } from './in-call-dialplan.js';
import type { CampaignQueueModel } from './telephony-model.js';

const queue = { campaignId: '0b8e7f52-1111-4000-8000-00000000000a', autoAttend: true } as CampaignQueueModel;

describe('in-call dialplan', () => {
  it("passes the campaign's auto-attend to the agent-leg Gosub, or leaves it to the group", () => {
    expect(agentLegOption(true)).toBe('tb(switchboard-agent-leg^s^1(yes))');
    expect(agentLegOption(false)).toBe('tb(switchboard-agent-leg^s^1(no))');
    expect(agentLegOption(null)).toBe('tb(switchboard-agent-leg^s^1())');
  });

  it('asks auto-attending phones to answer, and gives agent legs only the attended-transfer key', () => {
    const conf = renderConf(inCallDialplan([queue], 'switchboard.local'));
    expect(conf).toContain('Set(PJSIP_HEADER(add,Call-Info)=<sip:switchboard.local>\\;answer-after=0)');
    expect(conf).toContain('Set(FEATUREMAP(atxfer)=*#7)');
    expect(conf).toContain('Set(FEATUREMAP(blindxfer)=)');
  });

  it("transfers to a campaign by its key into its queue, with the campaign's auto-attend", () => {
    const conf = renderConf(inCallDialplan([queue], 'switchboard.local'));
    expect(conf).toContain('exten => 0b8e7f5211114000800000000000000a,1,Set(__SB_CAMPAIGN_ID=');
    expect(conf).toContain(`Queue(campaign-${queue.campaignId},tb(switchboard-agent-leg^s^1(yes)))`);
  });

  it("gives dialer calls' agent legs the group's dialer auto-attend, unless the campaign overrides it", () => {
    expect(dialerAgentLegOption('SB_DIALER_AUTO_ATTEND')).toBe(
      'tb(switchboard-agent-leg^dialer^1(${SB_DIALER_AUTO_ATTEND}))',
    );
    const conf = renderConf(inCallDialplan([queue], 'switchboard.local'));
    expect(conf).toContain(
      'exten => dialer,1,Set(SB_AUTO_ANSWER=${IF($["${ARG1}" = ""]?${SB_AUTO_ATTEND_DIALER}:${ARG1})})',
    );
    expect(renderConf(dialerDialplan())).toContain(
      'n(human),Queue(${SB_DIALER_QUEUE},tb(switchboard-agent-leg^dialer^1(${SB_DIALER_AUTO_ATTEND})),,,2)',
    );
  });

  it('marks the endpoints of agents whose group auto-attends dialer calls, and only those', () => {
    const phone = {
      extension: '1001',
      secret: 'secret',
      displayName: 'Agent',
      agentId: 'a1',
      role: 'agent',
      transport: 'webrtc',
    } as const;
    const options = {
      sipDomain: 'switchboard.local',
      agi: { host: '127.0.0.1', port: 4573 },
      recordings: { directory: '/r', fileNamePattern: '{callId}.wav' },
    };
    expect(phonesPjsipConf([{ ...phone, autoAttendDialer: true }], options)).toContain(
      'set_var = SB_AUTO_ATTEND_DIALER=yes',
    );
    const plain = phonesPjsipConf([{ ...phone, autoAttendInbound: true }], options);
    expect(plain).toContain('set_var = SB_AUTO_ATTEND_INBOUND=yes');
    expect(plain).not.toContain('SB_AUTO_ATTEND_DIALER');
  });
});
