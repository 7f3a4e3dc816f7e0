import { describe, expect, it } from 'vitest';
import { assertSafeAction } from './ami-action-safety.js';
import { AmiError, AmiErrorCode } from './ami.errors.js';

function refusal(action: Record<string, unknown>): AmiError | undefined {
  try {
    assertSafeAction(action);
  } catch (error) {
    return error as AmiError;
  }
  return undefined;
}

describe('assertSafeAction', () => {
  it('lets ordinary actions through', () => {
    expect(
      refusal({
        action: 'Originate',
        channel: 'Local/5550100@switchboard-routes',
        callerid: '"Sales, Inc" <+15550100>',
        timeout: 30_000,
        async: true,
        codecs: ['ulaw', 'alaw'],
        variable: { __SB_CALL_ID: 'c1', 'PJSIP_HEADER(add,Call-Info)': '<sip:x>;answer-after=0', EMPTY: '' },
        otherchannelid: undefined,
      }),
    ).toBeUndefined();
  });

  it.each([
    ['CR LF in a value', { action: 'Originate', callerid: '1\r\nApplication: System' }, 'callerid'],
    ['a lone LF', { action: 'Originate', callerid: '1\nData: x' }, 'callerid'],
    ['a lone CR', { action: 'Originate', callerid: '1\rData: x' }, 'callerid'],
    ['NUL', { action: 'Originate', callerid: '1\u0000' }, 'callerid'],
    ['DEL', { action: 'Originate', callerid: '1\u007f' }, 'callerid'],
    ['a tab', { action: 'Originate', callerid: '1\t2' }, 'callerid'],
    ['NEL', { action: 'Originate', callerid: '1\u0085' }, 'callerid'],
    ['a Unicode line separator', { action: 'Originate', callerid: '1\u2028' }, 'callerid'],
    ['a Unicode paragraph separator', { action: 'Originate', callerid: '1\u2029' }, 'callerid'],
    ['the action name', { action: 'Ping\r\n\r\nAction: Command' }, 'action'],
    ['a header name', { action: 'Ping', 'x\r\nApplication': 'System' }, 'x\r\nApplication'],
    ['a header name with a colon', { action: 'Ping', 'Application: System\r\nx': '1' }, 'Application: System\r\nx'],
    ['an array element', { action: 'Ping', codecs: ['ulaw', 'alaw\r\nData: x'] }, 'codecs'],
    [
      'a variable value',
      { action: 'Originate', variable: { SB_PHONE: '1\r\nApplication: System' } },
      'variable SB_PHONE',
    ],
    [
      'a variable name',
      { action: 'Originate', variable: { 'A\r\nApplication: System\r\nB': '1' } },
      'variable A\r\nApplication: System\r\nB',
    ],
    ['a variable name with =', { action: 'Originate', variable: { 'A=B': '1' } }, 'variable A=B'],
    [
      'a comma in a variable value',
      { action: 'Originate', variable: { SB_PHONE: '1,__SB_CAMPAIGN_ID=x' } },
      'variable SB_PHONE',
    ],
    ['a variable with no value', { action: 'Originate', variable: { A: undefined } }, 'variable A'],
    ['a nested object', { action: 'Originate', variable: { A: { B: '1' } } }, 'variable A'],
  ])('refuses %s', (_, action, header) => {
    const error = refusal(action);
    expect(error).toBeInstanceOf(AmiError);
    expect(error!.code).toBe(AmiErrorCode.UNSAFE_ACTION);
    expect(error!.details['header']).toBe(header);
  });
});
