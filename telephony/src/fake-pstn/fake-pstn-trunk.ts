import { PBX_HOST } from '../runtime/pbx-configuration.js';

/**
 * The pjsip-wizard text of a trunk to the fake PSTN's carrier, as an administrator would enter
 * it for a real one: for tests and the demo, which route calls out through a trunk of their own.
 * Media stays on the loopback address like the rest of the project's Asterisk.
 */
export function fakePstnTrunkDetails(pstnPort: number): string {
  return [
    `remote_hosts=${PBX_HOST}:${pstnPort}`,
    'endpoint/allow=ulaw,alaw',
    `endpoint/media_address=${PBX_HOST}`,
    'endpoint/bind_rtp_to_media_address=yes',
  ].join('\n');
}
