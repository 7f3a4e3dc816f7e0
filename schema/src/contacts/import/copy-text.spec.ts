import { describe, expect, it } from 'vitest';
import { arrayElement, stagedRowLine } from './copy-text.js';

describe('COPY text for staged rows', () => {
  it('quotes every element and escapes for the array literal, then for COPY', () => {
    expect(arrayElement('plain, text {x}')).toBe('"plain, text {x}"');
    // a"b -> array "a\"b" -> COPY "a\\"b"
    expect(arrayElement('a"b')).toBe('"a\\\\"b"');
    // a\b -> array "a\\b" -> COPY "a\\\\b"
    expect(arrayElement('a\\b')).toBe('"a\\\\\\\\b"');
    expect(arrayElement('tab\there\nnew\rline')).toBe('"tab\\there\\nnew\\rline"');
    expect(arrayElement('')).toBe('""');
  });

  it('writes upload id, row number and the array on one line', () => {
    expect(stagedRowLine('u-1', 7, ['5551234', 'Ada'])).toBe('u-1\t7\t{"5551234","Ada"}\n');
  });
});
