import { renderConf } from './conf-file.js';
import type { BaseConfigurationOptions } from './pbx-options.js';

/** rtp.conf: a private port range, and ICE for WebRTC agents. */
export function rtpConf(options: BaseConfigurationOptions): string {
  return renderConf([
    {
      name: 'general',
      lines: [
        ['rtpstart', options.rtpPortStart],
        ['rtpend', options.rtpPortEnd],
        ['icesupport', true],
        // No STUN or TURN: every peer is on this machine.
        ['strictrtp', 'yes'],
      ],
    },
  ]);
}
