import { describe, expect, it } from 'vitest';
import { TokenService } from './token.service.js';

const SECRET = 'unit-test-secret-unit-test-secret-000';

describe('TokenService', () => {
  it('round-trips the claims until expiry, then refuses with TOKEN_EXPIRED', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const tokens = new TokenService(SECRET, 3600, () => now);
    const { token, expiresAt } = await tokens.issue({ userId: 'u-1', tokenVersion: 3 });
    expect(expiresAt.toISOString()).toBe('2026-01-01T11:00:00.000Z');
    await expect(tokens.verify(token)).resolves.toEqual({
      userId: 'u-1',
      tokenVersion: 3,
      expiresAt: new Date('2026-01-01T11:00:00Z'),
    });
    now = new Date('2026-01-01T11:00:01Z');
    await expect(tokens.verify(token)).rejects.toMatchObject({ details: { reason: 'TOKEN_EXPIRED' } });
  });

  it('refuses tokens signed with another secret', async () => {
    const { token } = await new TokenService(`${SECRET}x`, 3600).issue({ userId: 'u-1', tokenVersion: 0 });
    await expect(new TokenService(SECRET, 3600).verify(token)).rejects.toMatchObject({
      details: { reason: 'TOKEN_INVALID' },
    });
  });
});
