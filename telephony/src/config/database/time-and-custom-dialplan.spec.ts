import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { customDestinationsDialplan, customDialplanFile } from './custom-destinations-dialplan.js';
import { timeConditionsDialplan } from './time-conditions-dialplan.js';

const id = '6f1c1c3e-0000-4000-8000-0000000000ee';
const other = '6f1c1c3e-0000-4000-8000-0000000000ff';
const options = {
  sipDomain: 'switchboard.local',
  agi: { host: '127.0.0.1', port: 4573 },
  recordings: { directory: '/recordings', fileNamePattern: '{callId}.wav' },
};

describe('time condition dialplan', () => {
  it('asks FastAGI with the condition id only, and takes the otherwise branch without an answer', () => {
    const conf = renderConf(
      timeConditionsDialplan(
        [{ id, match: { type: 'IVR', id: other }, otherwise: { type: 'HANGUP', id: null } }],
        options,
      ),
    );
    expect(conf).toContain(`[sb-dest-time-condition-${id}]`);
    expect(conf).toContain(`AGI(agi://127.0.0.1:4573/time-condition,${id})`);
    expect(conf).toContain('GotoIf($["${SB_TIME_MATCH}" = "1"]?match)');
    expect(conf).toMatch(/GotoIf[^\n]*\nsame => n,Hangup\(\)\nsame => n\(match\),Goto\(sb-dest-ivr-/);
  });
});

describe('custom destination dialplan', () => {
  it('jumps into the administrators context when it exists, else to the failover', () => {
    const conf = renderConf(
      customDestinationsDialplan([
        { id, context: 'my-menu', extension: 's', priority: 1, failover: { type: 'CAMPAIGN', id: other } },
      ]),
    );
    expect(conf).toContain('exten => s,1,GotoIf($[${DIALPLAN_EXISTS(my-menu,s,1)}]?my-menu,s,1)');
    expect(conf).toContain(`same => n,Goto(sb-dest-campaign-${other},s,1)`);
  });

  it('refuses a target that would break Goto, and leaves out a stored file that no longer passes', () => {
    const bad = { id, context: 'a,b', extension: 's', priority: 1, failover: { type: 'HANGUP' as const, id: null } };
    expect(() => customDestinationsDialplan([bad])).toThrow(RangeError);
    expect(customDialplanFile('#exec /bin/id')).not.toContain('#exec');
    expect(customDialplanFile('[mine]\nexten => s,1,NoOp()')).toBe('[mine]\nexten => s,1,NoOp()\n');
  });
});
