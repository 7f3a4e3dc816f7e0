import { describe, expect, it } from 'vitest';
import { renderConf } from './conf-file.js';
import { SPY_CONTEXT, SPY_MODES, spyDialplan } from './spy-dialplan.js';

describe('the spy context', () => {
  const conf = renderConf(spyDialplan());

  it('has one extension per mode: ChanSpy quietly on the target channel, BridgeAdd into its bridge for BARGE', () => {
    expect(conf).toContain(`[${SPY_CONTEXT}]`);
    expect(conf).toContain('exten => listen,1,Set(SB_SPY_MODE=LISTEN)');
    expect(conf).toContain('same => n,ChanSpy(${SB_SPY_TARGET},qES)');
    expect(conf).toContain('same => n,ChanSpy(${SB_SPY_TARGET},qESw)');
    expect(conf).toContain('exten => barge,1,Set(SB_SPY_MODE=BARGE)');
    expect(conf).toContain('same => n,BridgeAdd(${SB_SPY_TARGET})');
    expect(conf).not.toContain('qESB');
  });

  it('lets only WHISPER talk, to the agent alone, among the ChanSpy modes', () => {
    expect(SPY_MODES.LISTEN.options).not.toMatch(/[wWB]/);
    expect(SPY_MODES.WHISPER.options).toContain('w');
    expect(SPY_MODES.WHISPER.options).not.toContain('B');
    for (const mode of [SPY_MODES.LISTEN, SPY_MODES.WHISPER]) expect(mode.options).toMatch(/^qES/);
  });
});
