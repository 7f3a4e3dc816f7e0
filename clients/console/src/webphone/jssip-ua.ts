import type { SipAccount, UALike } from './jssip-types';

/**
 * The real UA. JsSIP is loaded on first use so that the login page does not pay for it; vite
 * bundles it (its npm package has no browser build).
 */
export async function createJsSipUA(account: SipAccount): Promise<UALike> {
  // CommonJS: depending on the bundler's interop the module is the namespace or its default.
  const loaded = (await import('jssip')) as typeof import('jssip') & { default?: typeof import('jssip') };
  const JsSIP = loaded.default ?? loaded;
  const ua = new JsSIP.UA({
    sockets: [new JsSIP.WebSocketInterface(account.wsUrl)],
    uri: account.uri,
    password: account.password,
    authorization_user: account.username,
    register: true,
    session_timers: false,
    // Our own backoff re-registers; JsSIP's socket recovery stays on for Asterisk restarts.
    connection_recovery_min_interval: 1,
    connection_recovery_max_interval: 15,
  });
  return ua as unknown as UALike;
}
