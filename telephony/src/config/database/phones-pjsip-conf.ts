import { renderConf, type ConfSection } from '../conf-file.js';
import { TRANSPORT_WS } from '../pjsip-conf.js';
import type { DatabaseConfigurationOptions, SipPhone } from './telephony-model.js';

/** The context of calls that agents' and supervisors' webphones place. */
export const PHONES_CONTEXT = 'switchboard-phones';

/** Quotes and backslashes would end the display name early; a phone's name is never code. */
const displayName = (name: string) => name.replace(/["\\\r\n]/g, '').trim();

function phoneSections(phone: SipPhone, options: DatabaseConfigurationOptions): ConfSection[] {
  const name = phone.extension;
  return [
    {
      name,
      comment: `${phone.role === 'agent' ? 'Agent' : 'Supervisor'} webphone (JsSIP over the WebSocket transport).`,
      lines: [
        ['type', 'endpoint'],
        ['transport', TRANSPORT_WS],
        ['context', PHONES_CONTEXT],
        ['disallow', 'all'],
        ['allow', 'opus,ulaw'],
        // Implies AVPF, DTLS-SRTP, ICE and rtcp-mux: what browsers require.
        ['webrtc', true],
        // A self-signed certificate per start: browsers check the fingerprint in the SDP, not a CA.
        ['dtls_auto_generate_cert', true],
        // The chroot has no /etc/hosts: without it, URIs would carry an unresolvable host name.
        ['from_domain', options.sipDomain],
        ['callerid', `"${displayName(phone.displayName)}" <${name}>`],
        ['auth', name],
        ['aors', name],
        ...(phone.agentId ? ([['set_var', `__SB_AGENT_ID=${phone.agentId}`]] as const) : []),
      ],
    },
    {
      name,
      lines: [
        ['type', 'auth'],
        ['auth_type', 'userpass'],
        ['username', name],
        ['password', phone.secret],
      ],
    },
    {
      name,
      lines: [
        ['type', 'aor'],
        // One browser tab holds the line; a new login replaces the old registration.
        ['max_contacts', 1],
        ['remove_existing', true],
        ['default_expiration', 600],
      ],
    },
  ];
}

/** pjsip.conf part for the phones of agents and supervisors. */
export function phonesPjsipConf(phones: readonly SipPhone[], options: DatabaseConfigurationOptions): string {
  return renderConf(phones.flatMap((phone) => phoneSections(phone, options)));
}
