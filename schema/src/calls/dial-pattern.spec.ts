import { describe, expect, it } from 'vitest';
import { dialPatternExpression, routeMatches } from './dial-pattern.js';

describe('dial patterns', () => {
  it('reads X, Z, N, sets, ranges and wildcards as Asterisk does', () => {
    expect(dialPatternExpression('5XXXXXX').test('5550051')).toBe(true);
    expect(dialPatternExpression('5XXXXXX').test('555005')).toBe(false);
    expect(dialPatternExpression('NXX').test('199')).toBe(false);
    expect(dialPatternExpression('ZXX').test('099')).toBe(false);
    expect(dialPatternExpression('[13-5]X').test('42')).toBe(true);
    expect(dialPatternExpression('[13-5]X').test('22')).toBe(false);
    expect(dialPatternExpression('00.').test('00')).toBe(false);
    expect(dialPatternExpression('00.').test('0054911')).toBe(true);
    expect(dialPatternExpression('00!').test('00')).toBe(true);
    expect(dialPatternExpression('+54X.').test('+5491155')).toBe(true);
    expect(dialPatternExpression('555-XXXX').test('5551234')).toBe(true);
  });

  it('puts the prefix in front of the pattern', () => {
    const patterns = [{ prefix: '9', prepend: null, pattern: 'XXXX' }];
    expect(routeMatches(patterns, '91234')).toBe(true);
    expect(routeMatches(patterns, '1234')).toBe(false);
  });
});
