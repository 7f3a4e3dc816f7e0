import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneKey } from './phone.js';

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

describe('phoneKey: the form numbers are compared in', () => {
  it('is one number with or without "+" or "00", however it is formatted', () => {
    for (const written of ['+1 (555) 010-0000', '+15550100000', '0015550100000', '00 1 555 010 0000', '15550100000']) {
      expect(phoneKey(written), written).toBe('15550100000');
    }
  });

  it('maps no national number to an international one: without a country, 5550100000 is another number', () => {
    expect(phoneKey('555 010 0000')).toBe('5550100000');
    // A single 0 (a trunk prefix) and North America's 011 are kept: they begin national numbers too.
    expect(phoneKey('011 4444 0002')).toBe('01144440002');
    expect(phoneKey('0 11 4444 0002')).toBe('01144440002');
  });

  it('is null for what is not a phone number', () => {
    expect(phoneKey('call me')).toBeNull();
    expect(phoneKey('')).toBeNull();
    expect(phoneKey('+12')).toBeNull();
  });
});
