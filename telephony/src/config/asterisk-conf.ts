import { renderConf } from './conf-file.js';
import { CHROOT_CONFIG_DIR, CHROOT_LOG_DIR, CHROOT_RUN_DIR, type BaseConfigurationOptions } from './pbx-options.js';

/** asterisk.conf: paths as seen inside the chroot, and the few global options we rely on. */
export function asteriskConf(options: BaseConfigurationOptions): string {
  return renderConf([
    {
      name: 'directories',
      separator: '=>',
      lines: [
        ['astetcdir', CHROOT_CONFIG_DIR],
        ['astmoddir', options.moduleDir],
        ['astvarlibdir', '/var/lib/asterisk'],
        ['astdbdir', '/var/lib/asterisk'],
        ['astkeydir', '/var/lib/asterisk'],
        ['astdatadir', '/usr/share/asterisk'],
        ['astagidir', '/usr/share/asterisk/agi-bin'],
        ['astspooldir', '/var/spool/asterisk'],
        ['astrundir', CHROOT_RUN_DIR],
        ['astlogdir', CHROOT_LOG_DIR],
        ['astsbindir', '/usr/sbin'],
      ],
    },
    {
      name: 'options',
      lines: [
        ['systemname', 'switchboard'],
        // Dialplan steps reach .pbx/logs/messages.log: the first place to look when a call misbehaves.
        ['verbose', 3],
        // A continuous media stream while nobody speaks keeps AMD and recordings in step.
        ['transmit_silence', true],
        ['documentation_language', 'en_US'],
        ['hideconnect', true],
        // Otherwise derived from a network card's address, which a chroot may not show.
        ['entityid', '02:00:00:00:00:01'],
      ],
    },
  ]);
}
