import { describe, expect, it } from 'vitest';
import { cellText, exportCell } from './export-cell.js';

describe('exportCell', () => {
  it.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('neutralises %j', (value, expected) => {
    expect(exportCell(value)).toBe(expected);
    expect(exportCell(value, true)).toBe(expected);
  });

  it('leaves plain text, and formulas not at the start, alone', () => {
    expect(exportCell('Terence McKenna')).toBe('Terence McKenna');
    expect(exportCell('a=b+c')).toBe('a=b+c');
    expect(exportCell('')).toBe('');
  });

  it('keeps stored phone numbers dialable in phone columns only', () => {
    expect(exportCell('+5491155551234', true)).toBe('+5491155551234');
    expect(exportCell('+5491155551234')).toBe("'+5491155551234");
    expect(exportCell('+54 911 5555', true)).toBe("'+54 911 5555");
    expect(exportCell('-5491155551234', true)).toBe("'-5491155551234");
    expect(exportCell('+1+cmd', true)).toBe("'+1+cmd");
  });
});

describe('cellText', () => {
  it('writes answers as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(['a', 'b'])).toBe('["a","b"]');
    expect(cellText(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });
});
