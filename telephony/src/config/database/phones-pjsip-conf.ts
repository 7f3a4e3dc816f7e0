import { renderConf, type ConfLine, type ConfSection } from '../conf-file.js';
import { TRANSPORT_UDP, TRANSPORT_WS } from '../pjsip-conf.js';
import type { DatabaseConfigurationOptions, SipPhone } from './telephony-model.js';
import { AUTO_ATTEND_DIALER_VARIABLE, AUTO_ATTEND_VARIABLE } from './in-call-dialplan.js';
import { phoneDialContext } from './phones-dialplan.js';

/**
 * Quotes and backslashes would end the display name early, control characters would end the
 * line (or make renderConf refuse the file): a phone's name is never code.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const displayName = (name: string) => name.replace(/["\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();

const WEBRTC_MEDIA: ConfLine[] = [
  ['disallow', 'all'],
  ['allow', 'opus,ulaw'],
  // Implies AVPF, DTLS-SRTP, ICE and rtcp-mux: what browsers require.
  ['webrtc', true],
  // A self-signed certificate per start: browsers check the fingerprint in the SDP, not a CA.
  ['dtls_auto_generate_cert', true],
];

/** A desk phone or softphone: plain RTP on the SIP transport's address (loopback here). */
const sipMedia = (options: DatabaseConfigurationOptions): ConfLine[] => [
  ['disallow', 'all'],
  ['allow', 'ulaw,alaw'],
  ['direct_media', false],
  ['rtp_symmetric', true],
  // No rewrite_contact: a phone may register from another port than the one it takes calls on
  // (the test phones do), and the Contact it gives is where calls must go.
  ...(options.mediaAddress
    ? ([
        ['media_address', options.mediaAddress],
        ['bind_rtp_to_media_address', true],
      ] as const)
    : []),
];

function phoneSections(phone: SipPhone, options: DatabaseConfigurationOptions): ConfSection[] {
  const name = phone.extension;
  const kind = phone.transport === 'sip' ? 'SIP phone (UDP)' : 'webphone (JsSIP over the WebSocket transport)';
  return [
    {
      name,
      comment: `${phone.role === 'agent' ? 'Agent' : 'Supervisor'} ${kind}.`,
      lines: [
        ['type', 'endpoint'],
        ['transport', phone.transport === 'sip' ? TRANSPORT_UDP : TRANSPORT_WS],
        // Only what the API would place for this phone's owner (agentDialRights).
        ['context', phoneDialContext(phone.dialing)],
        ...(phone.transport === 'sip' ? sipMedia(options) : WEBRTC_MEDIA),
        // The chroot has no /etc/hosts: without it, URIs would carry an unresolvable host name.
        ['from_domain', options.sipDomain],
        ['callerid', `"${displayName(phone.displayName)}" <${name}>`],
        ['auth', name],
        ['aors', name],
        ...(phone.agentId ? ([['set_var', `__SB_AGENT_ID=${phone.agentId}`]] as const) : []),
        // Not inherited: only this phone's own legs are asked to answer by themselves (in-call-dialplan).
        ...(phone.autoAttendInbound ? ([['set_var', `${AUTO_ATTEND_VARIABLE}=yes`]] as const) : []),
        ...(phone.autoAttendDialer ? ([['set_var', `${AUTO_ATTEND_DIALER_VARIABLE}=yes`]] as const) : []),
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
