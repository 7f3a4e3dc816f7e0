import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { destinationContext, gotoDestination } from './destination-dialplan.js';
import { inboundCampaignDialplan } from './inbound-campaign-dialplan.js';
import { inboundRoutesDialplan } from './inbound-routes-dialplan.js';
import type { InboundRouteModel } from './telephony-model.js';

const campaignId = '6f1c1c3e-0000-4000-8000-0000000000aa';
const routeId = '6f1c1c3e-0000-4000-8000-0000000000bb';
const options = {
  sipDomain: 'switchboard.local',
  agi: { host: '127.0.0.1', port: 4573 },
  recordings: { directory: '/recordings', fileNamePattern: '{callId}.wav' },
};
const route = (overrides: Partial<InboundRouteModel> = {}): InboundRouteModel => ({
  id: routeId,
  did: '+541140001234',
  callerIdPrefix: '',
  language: 'en',
  destination: { type: 'CAMPAIGN', id: campaignId },
  ...overrides,
});

describe('inbound routes dialplan', () => {
  it('sets the contract variables and the language, then goes to the destination context', () => {
    const conf = renderConf(inboundRoutesDialplan([route()]));
    expect(conf).toContain('[switchboard-from-trunk]');
    expect(conf).toContain('exten => +541140001234,1,Set(__SB_CALL_ID=');
    expect(conf).toContain('Set(__SB_PHONE=${CALLERID(num)})');
    expect(conf).toContain(`Set(SB_ROUTE_ID=${routeId})`);
    expect(conf).toContain('Set(CHANNEL(language)=en)');
    expect(conf).toContain(`Goto(sb-dest-campaign-${campaignId},s,1)`);
    expect(conf).not.toContain('SB_CAMPAIGN_ID');
  });

  it('matches callers by prefix with a caller-id pattern', () => {
    const conf = renderConf(inboundRoutesDialplan([route({ callerIdPrefix: '5491' })]));
    expect(conf).toContain('exten => +541140001234/_5491!,1,');
  });

  it('refuses what is not an extension or a digit prefix', () => {
    expect(() => inboundRoutesDialplan([route({ did: '555,1' })])).toThrow(RangeError);
    expect(() => inboundRoutesDialplan([route({ callerIdPrefix: '5X' })])).toThrow(RangeError);
    expect(() => inboundRoutesDialplan([route({ language: 'en)' })])).toThrow(RangeError);
  });

  it('adds nothing without routes, leaving the base "unallocated" pattern alone', () => {
    expect(inboundRoutesDialplan([])).toEqual([]);
  });
});

describe('destination contexts', () => {
  it('names a context per node and goes there, or hangs up', () => {
    expect(destinationContext('TIME_CONDITION', routeId)).toBe(`sb-dest-time-condition-${routeId}`);
    expect(gotoDestination({ type: 'IVR', id: routeId })).toBe(`Goto(sb-dest-ivr-${routeId},s,1)`);
    expect(gotoDestination({ type: 'HANGUP', id: null })).toBe('Hangup()');
    expect(() => destinationContext('IVR', 'x,1')).toThrow(RangeError);
  });
});

describe('inbound campaign dialplan', () => {
  it('queues the callers of a live campaign, with the campaign variable', () => {
    const conf = renderConf(inboundCampaignDialplan([{ campaignId, live: true }]));
    expect(conf).toContain(`[sb-dest-campaign-${campaignId}]`);
    expect(conf).toContain(`exten => s,1,Set(__SB_CAMPAIGN_ID=${campaignId})`);
    expect(conf).toContain(`Queue(campaign-${campaignId},tb(switchboard-agent-leg^s^1()))`);
  });

  it("looks the caller up once, without passing the caller's number as an AGI argument", () => {
    const conf = renderConf(inboundCampaignDialplan([{ campaignId, live: true }], options));
    // A caller id "5550100,<another campaign id>" used to move the lookup to that campaign.
    expect(conf).toContain('AGI(agi://127.0.0.1:4573/inbound-contact)');
    expect(conf).not.toMatch(/AGI\([^)]*,/);
    // A caller identification node may have found the contact already.
    expect(conf).toContain('GotoIf($["${SB_CONTACT_ID}" != ""]?identified)');
  });

  it('refuses the callers of a campaign that is not live as unallocated', () => {
    const conf = renderConf(inboundCampaignDialplan([{ campaignId, live: false }], options));
    expect(conf).toContain('exten => s,1,Hangup(1)');
    expect(conf).not.toContain('Queue(');
  });
});
