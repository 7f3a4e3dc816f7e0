import { renderConf } from './conf-file.js';
import type { BaseConfigurationOptions } from './pbx-options.js';

/** http.conf: the webphone's WebSocket (`/ws`) is served by Asterisk's HTTP server. */
export function httpConf(options: BaseConfigurationOptions): string {
  return renderConf([
    {
      name: 'general',
      lines: [
        ['enabled', true],
        ['bindaddr', options.host],
        ['bindport', options.httpPort],
        ['servername', 'Switchboard'],
        ['enablestatic', false],
      ],
    },
  ]);
}
