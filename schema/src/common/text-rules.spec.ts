import { describe, expect, it } from 'vitest';
import { isMultiLineText, isSingleLine } from './text-rules.js';

const BREAKING = [
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
];

describe('isSingleLine', () => {
  it('accepts ordinary text, accents and symbols', () => {
    for (const value of ['Sales', 'Ventas — Tarde (2)', 'Ñandú', '"Q" <1>', '', '日本語'])
      expect(isSingleLine(value)).toBe(true);
  });

  it.each(BREAKING)('refuses %j anywhere in the text', (character) => {
    expect(isSingleLine(`a${character}b`)).toBe(false);
    expect(isSingleLine(`${character}b`)).toBe(false);
    expect(isSingleLine(`a${character}`)).toBe(false);
  });
});

describe('isMultiLineText', () => {
  it('accepts line feeds, CR LF pairs and tabs', () => {
    expect(isMultiLineText('line one\nline two\r\n\tindented')).toBe(true);
  });

  it.each(['\r', '\u0000', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029'])(
    'refuses %j',
    (character) => {
      expect(isMultiLineText(`a${character}b`)).toBe(false);
    },
  );
});
