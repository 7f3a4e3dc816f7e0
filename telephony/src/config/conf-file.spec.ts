import { describe, expect, it } from 'vitest';
import { renderConf } from './conf-file.js';
import { trunksWizardConf } from './database/trunks-wizard-conf.js';

describe('renderConf', () => {
  it('refuses a line break in a section name, key or value rather than write another line', () => {
    expect(() => renderConf([{ name: 'a\n[b]', lines: [] }])).toThrow(/section name/);
    expect(() => renderConf([{ name: 'a', lines: [['x\ny', 1]] }])).toThrow(/configuration key/);
    expect(() => renderConf([{ name: 'a', lines: [['x', 'default\n[evil]']] }])).toThrow(/configuration value/);
    expect(() => renderConf([{ name: 'a', lines: [['x', 'v\u0000']] }])).toThrow(/configuration value/);
  });

  it('keeps a comment a comment whatever it names', () => {
    const conf = renderConf([{ name: 'a', comment: 'Campaign Sales\r\u2028exten => x\u0000.', lines: [['k', 'v']] }]);
    expect(conf).toContain('; Campaign Sales  exten => x .\n[a]\nk = v\n');
  });
});

describe('trunk wizard text stored before control characters were refused', () => {
  it('drops the lines that hold one and keeps the others', () => {
    const conf = trunksWizardConf([
      { name: 'old', callerId: null, maxChannels: 1, sipDetails: 'remote_hosts=a\u000b\nendpoint/allow=ulaw\n' },
    ]);
    expect(conf).toContain('endpoint/allow = ulaw');
    expect(conf).not.toContain('remote_hosts');
  });
});
