import { loadTelephonyConfig, type TelephonyConfig } from '@switchboard/telephony';

let config: TelephonyConfig | undefined;

/**
 * The telephony settings the api needs (webphone WebSocket, SIP domain, recordings folder),
 * read once by telephony's own config module, the only reader of those variables.
 */
export function apiTelephonyConfig(): TelephonyConfig {
  config ??= loadTelephonyConfig();
  return config;
}
