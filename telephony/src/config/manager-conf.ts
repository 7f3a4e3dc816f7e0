import { CALL_VARIABLES } from '../events/channel-variables.js';
import { renderConf } from './conf-file.js';
import type { BaseConfigurationOptions } from './pbx-options.js';

/** manager.conf: AMI on loopback, one user whose secret `pbx:setup` generated. */
export function managerConf(options: BaseConfigurationOptions): string {
  return renderConf([
    {
      name: 'general',
      lines: [
        ['enabled', true],
        ['webenabled', false],
        ['bindaddr', options.host],
        ['port', options.amiPort],
        // Events carry Asterisk's own time, so ordering and spacing can be measured at the source.
        ['timestampevents', true],
        // Every channel event carries the call's Switchboard ids (the channel-variable contract),
        // so the call-events worker needs no GetVar round trip; SB_RECORDING once MixMonitor runs.
        ['channelvars', CALL_VARIABLES.join(',')],
        ['displayconnects', false],
        ['authtimeout', 10],
        ['authlimit', 50],
      ],
    },
    {
      name: options.ami.username,
      lines: [
        ['secret', options.ami.secret],
        ['deny', '0.0.0.0/0.0.0.0'],
        ['permit', `${options.host}/255.255.255.255`],
        ['read', 'all'],
        ['write', 'all'],
        // A client too slow to read its events is dropped rather than stalling Asterisk.
        ['writetimeout', 5000],
      ],
    },
  ]);
}
