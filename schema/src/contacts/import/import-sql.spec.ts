import { describe, expect, it } from 'vitest';
import { JS_WHITESPACE } from './import-sql.js';

describe('import SQL', () => {
  it('trims exactly what String.prototype.trim trims', () => {
    const expected: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      if (character.trim() === '') expected.push(character);
    }
    expect([...JS_WHITESPACE].sort()).toEqual(expected.sort());
  });
});
