import { asteriskConf } from './asterisk-conf.js';
import { extensionsConf } from './extensions-conf.js';
import { httpConf } from './http-conf.js';
import { loggerConf } from './logger-conf.js';
import { managerConf } from './manager-conf.js';
import { modulesConf } from './modules-conf.js';
import { pjsipConf } from './pjsip-conf.js';
import type { BaseConfigurationOptions } from './pbx-options.js';
import { rtpConf } from './rtp-conf.js';
import { supportConfs } from './support-confs.js';

/** File name (inside the configuration folder) -> content. */
export type ConfigurationFiles = ReadonlyMap<string, string>;

/**
 * The static part of Asterisk's configuration: everything that does not come from the
 * database. Pure, so that it can be snapshot-tested and hashed.
 */
export function baseConfiguration(options: BaseConfigurationOptions): ConfigurationFiles {
  return new Map([
    ['asterisk.conf', asteriskConf(options)],
    ['modules.conf', modulesConf()],
    ['logger.conf', loggerConf()],
    ['manager.conf', managerConf(options)],
    ['http.conf', httpConf(options)],
    ['rtp.conf', rtpConf(options)],
    ['pjsip.conf', pjsipConf(options)],
    ['extensions.conf', extensionsConf(options)],
    ...supportConfs(),
  ]);
}
