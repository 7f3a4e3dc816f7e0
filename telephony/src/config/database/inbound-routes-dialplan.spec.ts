import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { inboundRoutesDialplan } from './inbound-routes-dialplan.js';

const campaignId = '6f1c1c3e-0000-4000-8000-0000000000aa';

describe('inbound routes dialplan', () => {
  it('sends each DID into its campaign queue with the contract variables', () => {
    const conf = renderConf(inboundRoutesDialplan([{ did: '+541140001234', campaignId }]));
    expect(conf).toContain('[switchboard-from-trunk]');
    expect(conf).toContain('exten => +541140001234,1,Set(__SB_CALL_ID=');
    expect(conf).toContain(`Set(__SB_CAMPAIGN_ID=${campaignId})`);
    expect(conf).toContain('Set(__SB_PHONE=${CALLERID(num)})');
    expect(conf).toContain(`Queue(campaign-${campaignId},tb(switchboard-agent-leg^s^1()))`);
  });

  it("looks the caller up without passing the caller's number as an AGI argument", () => {
    const options = {
      sipDomain: 'switchboard.local',
      agi: { host: '127.0.0.1', port: 4573 },
      recordings: { directory: '/recordings', fileNamePattern: '{callId}.wav' },
    };
    const conf = renderConf(inboundRoutesDialplan([{ did: '5550100', campaignId }], options));
    // A caller id "5550100,<another campaign id>" used to move the lookup to that campaign.
    expect(conf).toContain('AGI(agi://127.0.0.1:4573/inbound-contact)');
    expect(conf).not.toMatch(/AGI\([^)]*,/);
  });

  it('adds nothing without routes, leaving the base "unallocated" pattern alone', () => {
    expect(inboundRoutesDialplan([])).toEqual([]);
  });
});
