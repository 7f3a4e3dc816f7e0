import { describe, expect, it } from 'vitest';
import { renderConf } from './conf-file.js';
import { SPY_CONTEXT, SPY_MODES, spyDialplan } from './spy-dialplan.js';

describe('the spy context', () => {
  const conf = renderConf(spyDialplan());

  it('has one extension per mode, each running ChanSpy quietly on the target channel', () => {
    expect(conf).toContain(`[${SPY_CONTEXT}]`);
    expect(conf).toContain('exten => listen,1,Set(SB_SPY_MODE=LISTEN)');
    expect(conf).toContain('same => n,ChanSpy(${SB_SPY_TARGET},qES)');
    expect(conf).toContain('same => n,ChanSpy(${SB_SPY_TARGET},qESw)');
    expect(conf).toContain('same => n,ChanSpy(${SB_SPY_TARGET},qESB)');
  });

  it('lets only WHISPER and BARGE talk, and only BARGE to both sides', () => {
    expect(SPY_MODES.LISTEN.options).not.toMatch(/[wWB]/);
    expect(SPY_MODES.WHISPER.options).toContain('w');
    expect(SPY_MODES.WHISPER.options).not.toContain('B');
    expect(SPY_MODES.BARGE.options).toContain('B');
    for (const mode of Object.values(SPY_MODES)) expect(mode.options).toMatch(/^qES/);
  });
});
