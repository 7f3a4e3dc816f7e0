import { describe, expect, it } from 'vitest';
import { checkCustomDialplan } from './custom-dialplan.js';

describe('checkCustomDialplan', () => {
  it('returns the contexts a valid file defines', () => {
    const content =
      '; ours\n[my-menu] ; the menu\nexten => s,1,NoOp()\n same => n,Hangup()\n\n[other_ctx]\nexten => 1,1,Hangup()\n';
    expect(checkCustomDialplan(content)).toEqual(['my-menu', 'other_ctx']);
    expect(checkCustomDialplan('')).toEqual([]);
  });

  it.each([
    ['an #include', '[a]\n#include /etc/passwd'],
    ['an #exec', '#exec /bin/sh -c id'],
    ['a context of the generated configuration', '[switchboard-from-trunk]\nexten => 5551,1,Hangup()'],
    ['a destination context', '[sb-dest-ivr-1]\nexten => s,1,Hangup()'],
    ['the globals section', '[globals]\nX=1'],
    ['a malformed heading', '[broken\nexten => s,1,NoOp()'],
    ['a heading with odd characters', '[a b]\nexten => s,1,NoOp()'],
    ['lines outside a context', 'exten => s,1,NoOp()'],
    ['control characters', '[a]\nexten => s,1,NoOp(\u0000)'],
  ])('refuses %s', (_what, content) => {
    expect(() => checkCustomDialplan(content)).toThrow(/CUSTOM_DIALPLAN|line|content/);
  });
});
