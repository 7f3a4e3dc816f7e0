import { describe, expect, it } from 'vitest';
import { recordingFileName } from './recording-file-name.js';

const values = {
  at: new Date('2026-11-26T10:00:00Z'),
  campaignId: 'c1',
  callId: '1795653500.39',
  agentId: 'a1',
  phone: '+54 11 5555-0000',
};

describe('on-demand recording file names', () => {
  it('fills the pattern as the dialplan would', () => {
    expect(recordingFileName('{date}/{campaignId}/{callId}.wav', values)).toBe('2026-11-26/c1/1795653500.39.wav');
    expect(recordingFileName('{agentId}-{phone}.wav', values)).toBe('a1-+541155550000.wav');
  });

  it('writes none for a call without campaign or agent', () => {
    expect(recordingFileName('{campaignId}/{agentId}.wav', { ...values, campaignId: null, agentId: null })).toBe(
      'none/none.wav',
    );
  });

  it('refuses the patterns the configuration refuses', () => {
    expect(() => recordingFileName('../{callId}.wav', values)).toThrow(RangeError);
  });
});
