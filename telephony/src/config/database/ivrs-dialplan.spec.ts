import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { ivrsDialplan } from './ivrs-dialplan.js';
import type { IvrModel } from './telephony-model.js';

const id = '6f1c1c3e-0000-4000-8000-0000000000cc';
const audio = '6f1c1c3e-0000-4000-8000-0000000000dd';
const ivr = (overrides: Partial<IvrModel> = {}): IvrModel => ({
  id,
  mainAudioId: audio,
  timeoutSeconds: 5,
  timeoutRetries: 2,
  timeoutAudioId: null,
  timeoutDestination: { type: 'HANGUP', id: null },
  invalidRetries: 1,
  invalidAudioId: audio,
  invalidDestination: { type: 'IVR', id },
  options: [{ digit: '#', destination: { type: 'CAMPAIGN', id } }],
  ...overrides,
});

describe('IVR dialplan', () => {
  it('plays the menu, waits, and sends keys, timeouts and invalid keys to their destinations', () => {
    const conf = renderConf(ivrsDialplan([ivr()]));
    expect(conf).toContain(`[sb-dest-ivr-${id}]`);
    expect(conf).toContain(`same => n(menu),Background(switchboard/audio-${audio})`);
    expect(conf).toContain('same => n,WaitExten(5)');
    expect(conf).toContain(`exten => #,1,Goto(sb-dest-campaign-${id},s,1)`);
    expect(conf).toContain('exten => t,1,Set(SB_IVR_TIMEOUTS=$[${SB_IVR_TIMEOUTS} + 1])');
    expect(conf).toContain('same => n,GotoIf($[${SB_IVR_TIMEOUTS} > 2]?out)');
    expect(conf).toContain('same => n(out),Hangup()');
    expect(conf).toContain(`same => n,Playback(switchboard/audio-${audio})`);
  });

  it('refuses what would break the dialplan', () => {
    expect(() =>
      ivrsDialplan([ivr({ options: [{ digit: '1,2', destination: { type: 'HANGUP', id: null } }] })]),
    ).toThrow(RangeError);
    expect(() => ivrsDialplan([ivr({ timeoutSeconds: 0 })])).toThrow(RangeError);
    expect(() => ivrsDialplan([ivr({ mainAudioId: 'x)' })])).toThrow();
  });
});
