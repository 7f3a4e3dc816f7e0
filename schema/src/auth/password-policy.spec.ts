import { describe, expect, it } from 'vitest';
import { assertPasswordAcceptable } from './password-policy.js';

function reason(password: string, personal: string[] = []): string | null {
  try {
    assertPasswordAcceptable(password, personal);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('password policy', () => {
  it('accepts a long, uncommon password unrelated to the user', () => {
    expect(reason('Tortuga-Azul-Salta-93', ['jperez', 'Juan', 'Pérez'])).toBeNull();
  });

  it.each([
    ['1234567', 'PASSWORD_TOO_SHORT'],
    ['123456789012', 'PASSWORD_ENTIRELY_NUMERIC'],
    ['qwertyuiop', 'PASSWORD_TOO_COMMON'],
    ['PASSWORD1', 'PASSWORD_TOO_COMMON'],
  ])('refuses %s', (password, code) => expect(reason(password)).toBe(code));

  it('refuses passwords containing or close to personal information', () => {
    expect(reason('jperez2024!', ['jperez'])).toBe('PASSWORD_TOO_SIMILAR');
    expect(reason('Gonzales1', ['maria.gonzalez'])).toBe('PASSWORD_TOO_SIMILAR');
    expect(reason('Tortuga-Azul-Salta-93', ['maria.gonzalez'])).toBeNull();
  });
});
