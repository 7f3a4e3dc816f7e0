import { renderConf } from './conf-file.js';

/**
 * logger.conf: one file with everything up to verbose, which the runtime links into .pbx/,
 * and no console output (Asterisk runs in the background).
 */
export function loggerConf(): string {
  return renderConf([
    { name: 'general', lines: [['dateformat', '%F %T.%3q']] },
    {
      name: 'logfiles',
      separator: '=>',
      lines: [['messages.log', 'notice,warning,error,verbose']],
    },
  ]);
}
