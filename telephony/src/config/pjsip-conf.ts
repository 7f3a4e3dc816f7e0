import { renderConf, tryInclude, type ConfLine, type ConfSection } from './conf-file.js';
import { databaseInclude, type BaseConfigurationOptions } from './pbx-options.js';

export const TRANSPORT_UDP = 'transport-udp';
export const TRANSPORT_FAKE_PSTN = 'transport-fake-pstn';
export const TRANSPORT_WS = 'transport-ws';
/** The trunk the platform dials through to reach fake customers. */
export const FAKE_PSTN_TRUNK = 'fake-pstn';
/** The far end of that trunk: the carrier, which hands calls to the fake customers. */
export const FAKE_PSTN_CARRIER = 'fake-pstn-carrier';

/** Media stays on loopback like signalling: RTP binds to the transport's address. */
const loopbackMedia = (host: string): ConfLine[] => [
  ['media_address', host],
  ['bind_rtp_to_media_address', true],
  ['direct_media', false],
];

function transports(options: BaseConfigurationOptions): ConfSection[] {
  return [
    {
      name: TRANSPORT_UDP,
      comment: 'Trunks and SIP phones.',
      lines: [
        ['type', 'transport'],
        ['protocol', 'udp'],
        ['bind', `${options.host}:${options.sipPort}`],
      ],
    },
    {
      name: TRANSPORT_FAKE_PSTN,
      comment: 'The fake carrier, so that the loopback trunk crosses a real SIP hop.',
      lines: [
        ['type', 'transport'],
        ['protocol', 'udp'],
        ['bind', `${options.host}:${options.pstnPort}`],
      ],
    },
    {
      name: TRANSPORT_WS,
      comment: 'Webphones; the address and port are those of http.conf.',
      lines: [
        ['type', 'transport'],
        ['protocol', 'ws'],
        ['bind', options.host],
      ],
    },
  ];
}

/**
 * One side of the loopback trunk. Each side is identified by the *source port* of the other
 * side's transport, because both share the address 127.0.0.1.
 */
function trunkSide(
  name: string,
  side: { transport: string; context: string; peerPort: number; host: string },
): ConfSection[] {
  const peer = `${side.host}:${side.peerPort}`;
  return [
    {
      name,
      lines: [
        ['type', 'endpoint'],
        ['transport', side.transport],
        ['context', side.context],
        ['disallow', 'all'],
        ['allow', 'ulaw,alaw'],
        ['aors', name],
        ...loopbackMedia(side.host),
        ['send_rpid', true],
        ['trust_id_inbound', true],
      ],
    },
    {
      name,
      lines: [
        ['type', 'aor'],
        ['contact', `sip:${peer}`],
      ],
    },
    {
      name,
      lines: [
        ['type', 'identify'],
        ['endpoint', name],
        ['match', peer],
      ],
    },
  ];
}

function testPhone(phone: { name: string; password: string }, host: string): ConfSection[] {
  return [
    {
      name: phone.name,
      comment: 'An auto-answering test phone (sipp) that registers like an agent phone.',
      lines: [
        ['type', 'endpoint'],
        ['transport', TRANSPORT_UDP],
        ['context', 'switchboard-agents'],
        ['disallow', 'all'],
        ['allow', 'ulaw,alaw'],
        ['auth', phone.name],
        ['aors', phone.name],
        ...loopbackMedia(host),
      ],
    },
    {
      name: phone.name,
      lines: [
        ['type', 'auth'],
        ['auth_type', 'userpass'],
        ['username', phone.name],
        ['password', phone.password],
      ],
    },
    {
      name: phone.name,
      lines: [
        ['type', 'aor'],
        ['max_contacts', 1],
        ['remove_existing', true],
        ['default_expiration', 3600],
      ],
    },
  ];
}

/**
 * pjsip.conf: transports, the loopback trunk of the fake PSTN, and the test phones; then the
 * webphones generated from the database.
 */
export function pjsipConf(options: BaseConfigurationOptions): string {
  const base = renderConf([
    {
      name: 'global',
      lines: [
        ['type', 'global'],
        ['user_agent', 'Switchboard'],
        ['endpoint_identifier_order', 'ip,username'],
      ],
    },
    ...transports(options),
    ...trunkSide(FAKE_PSTN_TRUNK, {
      transport: TRANSPORT_UDP,
      context: 'switchboard-from-trunk',
      peerPort: options.pstnPort,
      host: options.host,
    }),
    ...trunkSide(FAKE_PSTN_CARRIER, {
      transport: TRANSPORT_FAKE_PSTN,
      context: 'fake-pstn-customers',
      peerPort: options.sipPort,
      host: options.host,
    }),
    ...options.testPhones.flatMap((phone) => testPhone(phone, options.host)),
  ]);
  return `${base}\n${tryInclude(databaseInclude('pjsip.conf'))}`;
}
