/** Where the generated files live inside the chroot, and the other fixed paths Asterisk needs. */
export const CHROOT_CONFIG_DIR = '/etc/switchboard/asterisk';
export const CHROOT_SIPP_DIR = '/etc/switchboard/sipp';
export const CHROOT_LOG_DIR = '/var/log/asterisk';
export const CHROOT_RUN_DIR = '/run/asterisk';

/** Everything the static base configuration depends on; the database-driven parts come later. */
export interface BaseConfigurationOptions {
  /** Every socket binds here; the PBX is for this machine only. */
  host: string;
  amiPort: number;
  /** UDP transport for trunks and SIP phones. */
  sipPort: number;
  /** UDP transport of the fake carrier: the far end of the loopback trunk. */
  pstnPort: number;
  /** HTTP and WebSocket (`/ws`) for the webphone. */
  httpPort: number;
  rtpPortStart: number;
  rtpPortEnd: number;
  /** Multiarch module folder inside the chroot, e.g. /usr/lib/x86_64-linux-gnu/asterisk/modules. */
  moduleDir: string;
  ami: { username: string; secret: string };
  /** Auto-answering SIP phones registered by tests (sipp). */
  testPhones: ReadonlyArray<{ name: string; password: string }>;
  fakePstn: FakePstnOptions;
}

export interface FakePstnOptions {
  /** How long a customer's phone rings before a human or machine answers. */
  ringSeconds: number;
  /** How long an answered customer stays on the line when the number does not say. */
  talkSeconds: number;
}

/**
 * Where the configuration generated from the database lives inside the chroot: beside, not in,
 * CHROOT_CONFIG_DIR, which every start rewrites whole. The base files `#tryinclude` these.
 */
export const CHROOT_DATABASE_CONFIG_DIR = '/etc/switchboard/database';
/** The files the database generates; each is included by the base file of the same name. */
export const DATABASE_CONFIG_FILES = [
  'pjsip.conf',
  'pjsip_wizard.conf',
  'extensions.conf',
  'queues.conf',
  'amd.conf',
  'musiconhold.conf',
];
export const databaseInclude = (file: string) => `${CHROOT_DATABASE_CONFIG_DIR}/${file}`;
