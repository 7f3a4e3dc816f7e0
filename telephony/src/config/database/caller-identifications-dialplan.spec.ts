import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { callerIdentificationsDialplan, type CallerIdentificationModel } from './caller-identifications-dialplan.js';
import type { DatabaseConfigurationOptions } from './telephony-model.js';

const options = { agi: { host: '127.0.0.1', port: 4573 } } as DatabaseConfigurationOptions;
const NODE = '7c1d0000-0000-4000-8000-000000000001';
const CAMPAIGN = '7c1d0000-0000-4000-8000-0000000000ca';
const PROMPT = '7c1d0000-0000-4000-8000-0000000000a1';

const node: CallerIdentificationModel = {
  id: NODE,
  source: 'DTMF',
  promptAudioId: PROMPT,
  expectedLength: 6,
  inputTimeoutSeconds: 5,
  attempts: 3,
  identified: { type: 'CAMPAIGN', id: CAMPAIGN },
  notIdentified: { type: 'HANGUP', id: null },
};

const render = (model: CallerIdentificationModel) => renderConf(callerIdentificationsDialplan([model], options));

describe('caller identification dialplan', () => {
  it('reads the id with the prompt, length, timeout and attempts, then asks the FastAGI without arguments', () => {
    const conf = render(node);
    expect(conf).toContain(`[sb-dest-caller-identification-${NODE}]`);
    expect(conf).toContain(`Read(SB_CID_CODE,switchboard/audio-${PROMPT},6,,1,5)`);
    expect(conf).toContain('GotoIf($[${LEN(${SB_CID_CODE})} = 6]?check)');
    expect(conf).toContain('GotoIf($[${SB_CID_TRIES} < 3]?ask)');
    expect(conf).toContain(`AGI(agi://127.0.0.1:4573/caller-identification?node=${NODE})`);
  });

  it('starts as not identified, so a FastAGI that never answers sends the caller on', () => {
    const conf = render(node);
    const result = conf.indexOf('Set(SB_CID_RESULT=NOT_IDENTIFIED)');
    expect(result).toBeGreaterThan(0);
    expect(result).toBeLessThan(conf.indexOf('AGI('));
    expect(conf).toContain('same => n(no),Hangup()\n');
    expect(conf).toContain(`same => n(yes),Goto(sb-dest-campaign-${CAMPAIGN},s,1)\n`);
    expect(conf).toContain('same => n(routed),Goto(${SB_CID_TARGET},s,1)\n');
  });

  it("takes the caller's number as digits only, and any length ends with #", () => {
    expect(render({ ...node, source: 'CALLER_NUMBER', promptAudioId: null })).toContain(
      'Set(SB_CID_CODE=${FILTER(0-9,${SB_PHONE})})',
    );
    expect(render({ ...node, expectedLength: null })).toContain(
      `Read(SB_CID_CODE,switchboard/audio-${PROMPT},30,,1,5)`,
    );
  });

  it('refuses what it cannot represent', () => {
    expect(() => render({ ...node, id: 'x,y' })).toThrow(RangeError);
    expect(() => render({ ...node, attempts: 0 })).toThrow(RangeError);
    expect(() => render({ ...node, promptAudioId: null })).toThrow(RangeError);
    expect(() => render({ ...node, promptAudioId: '../etc' })).toThrow();
  });
});
