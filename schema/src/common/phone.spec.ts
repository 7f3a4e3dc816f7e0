import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it('removes every whitespace JavaScript knows, and the separators people type', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      if (!/\s/.test(character)) continue;
      expect(normalizePhone(`555${character}1234`), `U+${code.toString(16)}`).toBe('5551234');
    }
    expect(normalizePhone(' +54 (11) 4444-0001. ')).toBe('+541144440001');
  });

  it('keeps the rule of 3 to 20 digits after an optional +', () => {
    expect(normalizePhone('12')).toBeNull();
    expect(normalizePhone('123')).toBe('123');
    expect(normalizePhone(`+${'1'.repeat(20)}`)).toBe(`+${'1'.repeat(20)}`);
    expect(normalizePhone('1'.repeat(21))).toBeNull();
    expect(normalizePhone('55+51234')).toBeNull();
    expect(normalizePhone('555\u200b1234')).toBeNull();
    expect(normalizePhone('５５５1234')).toBeNull();
  });
});
