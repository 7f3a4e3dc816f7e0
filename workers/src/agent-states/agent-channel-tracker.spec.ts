import { describe, expect, it } from 'vitest';
import type { AmiEventBase } from '@switchboard/telephony';
import { AgentChannelTracker } from './agent-channel-tracker.js';

const event = (name: string, headers: Record<string, unknown>): AmiEventBase =>
  ({ event: name, ...headers }) as AmiEventBase;
const vars = { SB_CALL_ID: 'call-1', SB_CAMPAIGN_ID: 'camp-1', SB_CONTACT_ID: 'contact-1', SB_PHONE: '+5411' };

describe('AgentChannelTracker', () => {
  it('follows a queue call: ringing with the caller’s ids, connected when bridged, ended when the phone hangs up', () => {
    const tracker = new AgentChannelTracker();
    expect(
      tracker.handle(
        event('Newchannel', { channel: 'PJSIP/1001-00000001', uniqueid: 'a', linkedid: 'c', channelstate: '0' }),
      ),
    ).toEqual([]);
    const ringing = tracker.handle(
      event('DialBegin', {
        channel: 'PJSIP/fake-pstn-00000001',
        uniqueid: 'c',
        chanvariable: vars,
        destchannel: 'PJSIP/1001-00000001',
        destuniqueid: 'a',
        destlinkedid: 'c',
      }),
    );
    expect(ringing).toEqual([
      {
        kind: 'ringing',
        extension: '1001',
        call: { callId: 'call-1', campaignId: 'camp-1', contactId: 'contact-1', phone: '+5411' },
      },
    ]);
    expect(
      tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b', uniqueid: 'c', channel: 'PJSIP/fake-pstn-00000001' })),
    ).toEqual([]);
    const connected = tracker.handle(
      event('BridgeEnter', { bridgeuniqueid: 'b', uniqueid: 'a', channel: 'PJSIP/1001-00000001' }),
    );
    expect(connected).toMatchObject([{ kind: 'connected', extension: '1001', call: { callId: 'call-1' } }]);
    expect(tracker.handle(event('Hangup', { uniqueid: 'a', channel: 'PJSIP/1001-00000001' }))).toEqual([
      { kind: 'ended', extension: '1001', connected: true },
    ]);
  });

  it('does not count a bridge with a Local channel as talking to someone', () => {
    const tracker = new AgentChannelTracker();
    tracker.handle(
      event('Newchannel', { channel: 'PJSIP/1002-00000002', uniqueid: 'a', linkedid: 'a', channelstate: '0' }),
    );
    tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b', uniqueid: 'l', channel: 'Local/x@ctx-00000001;2' }));
    expect(
      tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b', uniqueid: 'a', channel: 'PJSIP/1002-00000002' })),
    ).toEqual([]);
    expect(tracker.handle(event('Hangup', { uniqueid: 'a' }))).toEqual([
      { kind: 'ended', extension: '1002', connected: false },
    ]);
  });

  it('counts a Local pair whose other half is bridged with a person: the agent consulted in a transfer', () => {
    const tracker = new AgentChannelTracker();
    tracker.handle(
      event('Newchannel', { channel: 'PJSIP/1003-00000003', uniqueid: 'a2', linkedid: 'a2', channelstate: '0' }),
    );
    // The consulted agent answers the near half; the far half is not bridged yet: nobody there.
    tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b2', uniqueid: 'l2', channel: 'Local/t@xfer-00000009;2' }));
    expect(
      tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b2', uniqueid: 'a2', channel: 'PJSIP/1003-00000003' })),
    ).toEqual([]);
    tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b1', uniqueid: 'l1', channel: 'Local/t@xfer-00000009;1' }));
    // The consulting agent on the far half: now the consulted one talks to someone.
    expect(
      tracker.handle(event('BridgeEnter', { bridgeuniqueid: 'b1', uniqueid: 'a1', channel: 'PJSIP/1004-00000004' })),
    ).toMatchObject([{ kind: 'connected', extension: '1003' }]);
  });

  it('sees a phone placing a call as dialing, and waits for the last channel of a phone before ending', () => {
    const tracker = new AgentChannelTracker();
    expect(
      tracker.handle(
        event('Newchannel', { channel: 'PJSIP/1003-00000003', uniqueid: 'a', linkedid: 'a', channelstate: '4' }),
      ),
    ).toEqual([
      { kind: 'dialing', extension: '1003', call: { callId: 'a', campaignId: null, contactId: null, phone: null } },
    ]);
    tracker.handle(
      event('Newchannel', { channel: 'PJSIP/1003-00000004', uniqueid: 'b', linkedid: 'b', channelstate: '0' }),
    );
    expect(tracker.handle(event('Hangup', { uniqueid: 'a' }))).toEqual([]);
    expect(tracker.handle(event('Hangup', { uniqueid: 'b' }))).toEqual([
      { kind: 'ended', extension: '1003', connected: false },
    ]);
  });

  it('ignores trunks and test phones, and reports registrations of numeric endpoints', () => {
    const tracker = new AgentChannelTracker();
    expect(
      tracker.handle(event('Newchannel', { channel: 'PJSIP/fake-pstn-00000009', uniqueid: 'z', channelstate: '4' })),
    ).toEqual([]);
    expect(tracker.handle(event('ContactStatus', { aor: '1004', contactstatus: 'Created' }))).toEqual([
      { kind: 'registration', extension: '1004' },
    ]);
    expect(tracker.handle(event('ContactStatus', { aor: 'test-phone-1' }))).toEqual([]);
  });

  it('rebuilds from a channel listing after a reconnect', () => {
    const tracker = new AgentChannelTracker();
    tracker.resync([
      event('CoreShowChannel', { channel: 'PJSIP/1005-0000000a', uniqueid: 'a', linkedid: 'c', bridgeid: 'b' }),
      event('CoreShowChannel', { channel: 'PJSIP/fake-pstn-0000000b', uniqueid: 'c', linkedid: 'c', bridgeid: 'b' }),
      event('CoreShowChannel', { channel: 'PJSIP/1006-0000000c', uniqueid: 'd', linkedid: 'd', bridgeid: '' }),
    ]);
    expect([...tracker.liveExtensions()]).toEqual([
      ['1005', { connected: true, call: { callId: 'c', campaignId: null, contactId: null, phone: null } }],
      ['1006', { connected: false, call: { callId: 'd', campaignId: null, contactId: null, phone: null } }],
    ]);
    expect(tracker.handle(event('Hangup', { uniqueid: 'a' }))).toEqual([
      { kind: 'ended', extension: '1005', connected: true },
    ]);
  });
});
