import { describe, expect, it } from 'vitest';
import { newCallState } from './call-state.js';
import { queueAndAgentEvent } from './queue-events.js';

const call = newCallState('1795653500.39');
call.variables = { SB_CALL_ID: 'call-1', SB_CAMPAIGN_ID: 'campaign-1' };
const find = (linkedid: string) => (linkedid === call.linkedid ? call : undefined);
const at = new Date('2026-11-26T10:00:00Z');

const kinds = (event: Record<string, string>) =>
  queueAndAgentEvent({ timestamp: '1795653600.000001', ...event }, at, find)?.events.map((item) => item.type);

describe('in-call action events', () => {
  it('logs a consultation turned three-way as a conference, any other attended transfer as such', () => {
    const transfer = { event: 'AttendedTransfer', origtransfererlinkedid: call.linkedid, origtransfereruniqueid: 'u1' };
    expect(kinds({ ...transfer, desttype: 'Threeway', result: 'Success' })).toEqual(['CONFERENCE']);
    expect(kinds({ ...transfer, desttype: 'Bridge', result: 'Success' })).toEqual(['ATTENDEDTRANSFER']);
  });

  it('logs recordings started and stopped on a channel of the call', () => {
    const channel = { linkedid: call.linkedid, uniqueid: 'u2', channel: 'PJSIP/fake-pstn-00000001' };
    expect(kinds({ event: 'MixMonitorStart', ...channel })).toEqual(['RECORDING_STARTED']);
    expect(kinds({ event: 'MixMonitorStop', ...channel })).toEqual(['RECORDING_STOPPED']);
  });
});
