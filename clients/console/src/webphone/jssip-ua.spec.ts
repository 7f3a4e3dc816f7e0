import { describe, expect, it } from 'vitest';
import { account } from '../testing/fake-jssip';
import { createJsSipUA } from './jssip-ua';

describe('the real JsSIP UA', () => {
  it('is built from the account without opening a socket before start()', async () => {
    const ua = await createJsSipUA(account);
    expect(ua.isRegistered()).toBe(false);
    expect(ua.isConnected()).toBe(false);
    for (const method of ['start', 'stop', 'register', 'unregister', 'call', 'on'] as const) {
      expect(typeof ua[method]).toBe('function');
    }
  });
});
