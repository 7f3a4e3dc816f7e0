import { describe, expect, it } from 'vitest';
import { isCallerId, parseCallerId } from './caller-id.js';

describe('caller ids', () => {
  it.each([
    ['5550100', { name: null, number: '5550100' }],
    ['+15550100', { name: null, number: '+15550100' }],
    ['"Acme Sales" <+15550100>', { name: 'Acme Sales', number: '+15550100' }],
    ['"Acme, Inc." <5550100>', { name: 'Acme, Inc.', number: '5550100' }],
    ['"Ñandú" <5550100>', { name: 'Ñandú', number: '5550100' }],
    ['"" <5550100>', { name: '', number: '5550100' }],
  ])('reads %j', (value, parts) => {
    expect(parseCallerId(value)).toEqual(parts);
  });

  it.each([
    '1\r\nApplication: System',
    '5550100\n',
    '"Sales" <5550100>\r\nData: x',
    '"Sales\r\nX" <5550100>',
    '"Sa"les" <5550100>',
    '"Sales" <1>" <2>',
    '"Sa\\"les" <5550100>',
    '"Sa<les" <5550100>',
    '"Sa>les" <5550100>',
    '"Sales\u0000" <5550100>',
    '"Sales\u2028" <5550100>',
    'Sales <5550100>',
    'Sales',
    '"Sales" 5550100',
    '"Sales" <>',
    '"Sales" <abc>',
    '555-0100',
    '+',
    '',
    '123456789012345678901',
  ])('refuses %j', (value) => {
    expect(isCallerId(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isCallerId(5550100)).toBe(false);
    expect(isCallerId(null)).toBe(false);
  });
});
