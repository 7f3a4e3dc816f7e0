import { describe, expect, it } from 'vitest';
import { renderConf } from '../conf-file.js';
import { agentCallsDialplan } from './agent-calls-dialplan.js';
import { outboundRoutesDialplan, routeContextById } from './outbound-routes-dialplan.js';
import { phonesDialplan } from './phones-dialplan.js';

const trunk = { name: 'carrier', callerId: null, maxChannels: 5, sipDetails: '' };
const route = (id: string, name: string) => ({
  id,
  name,
  ringSeconds: 20,
  dialOptions: '',
  patterns: [{ prefix: null, prepend: null, pattern: '5XXXXXX' }],
  trunks: ['carrier'],
});

describe('dialplan of agent calls', () => {
  it('gives each route with an id a context that takes that route only', () => {
    const text = renderConf(outboundRoutesDialplan([route('r-1', 'first'), route('r-2', 'second')], [trunk]));
    expect(text).toContain(`[${routeContextById('r-2')}]\ninclude => switchboard-routes-2\n`);
    expect(text).toContain(`[${routeContextById('r-1')}]\ninclude => switchboard-routes-1\n`);
  });

  it('checks the destination exists before going there', () => {
    const text = renderConf(agentCallsDialplan());
    expect(text).toMatch(/GotoIf\(\$\[\$\{DIALPLAN_EXISTS\(\$\{SB_DIAL_CONTEXT\},\$\{SB_DIAL_EXTEN\},1\)\}\]\?dial\)/);
    expect(text).toContain('same => n,Goto(${SB_DIAL_CONTEXT},${SB_DIAL_EXTEN},1)');
  });

  it("lets the agent's channel transfer (hold, transfers) with the attended-transfer key only", () => {
    const text = renderConf(agentCallsDialplan());
    expect(text).toContain('same => n(dial),Set(SB_AGENT_TRANSFER_OPTION=T)');
    expect(text).toContain('same => n,Set(FEATUREMAP(atxfer)=*#7)');
    expect(text).toContain('same => n,Set(FEATUREMAP(blindxfer)=)');
    expect(text.indexOf('FEATUREMAP(blindxfer)')).toBeLessThan(text.indexOf('Goto(${SB_DIAL_CONTEXT}'));
  });

  it('lets the calling agent hold and transfer an agent-to-agent call: the phone Dial() takes the option', () => {
    const phone = {
      extension: '1001',
      secret: 's',
      displayName: 'A',
      agentId: 'a-1',
      role: 'agent',
      transport: 'sip',
    } as const;
    const text = renderConf(phonesDialplan([phone]));
    expect(text).toContain('same => n,Dial(PJSIP/1001,30,${SB_AGENT_TRANSFER_OPTION})');
  });
});
