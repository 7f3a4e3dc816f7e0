#!/usr/bin/env node
import { pino } from 'pino';
import { loadTelephonyConfig } from '../telephony.config.js';
import { pbxStatus, setupPbx, startPbx, stopPbx } from './pbx-process.js';

/**
 * `npm run pbx:setup|start|stop|status`. Logs (pino, JSON) go to stderr; the one-line result
 * for the person at the terminal goes to stdout.
 */
async function main(command: string | undefined): Promise<number> {
  const config = loadTelephonyConfig();
  const logger = pino({ level: config.LOG_LEVEL }, pino.destination(2));
  const say = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'setup': {
      const result = await setupPbx(config, logger);
      say(`Asterisk chroot ${result.cached ? 'is current' : 'built'} in ${result.durationMs} ms: ${result.chroot}`);
      return 0;
    }
    case 'start': {
      const result = await startPbx(config, logger);
      say(
        `Asterisk ${result.reused ? 'was already running' : 'started'} (pid ${result.pid}, ${result.durationMs} ms): AMI 127.0.0.1:${config.PBX_AMI_PORT}, SIP udp 127.0.0.1:${config.PBX_SIP_PORT}, WebSocket ws://127.0.0.1:${config.PBX_HTTP_PORT}/ws`,
      );
      return 0;
    }
    case 'stop': {
      say((await stopPbx(config, logger)) ? 'Asterisk stopped' : 'Asterisk was not running');
      return 0;
    }
    case 'status': {
      const status = await pbxStatus(config);
      const ami = status.ami.booted
        ? `AMI answers on ${status.amiPort} (${status.ami.greeting})`
        : `AMI does not answer on ${status.amiPort}${status.ami.error ? ` (${status.ami.error})` : ''}`;
      say(`${status.running ? `Asterisk is running (pid ${status.pid})` : 'Asterisk is not running'}; ${ami}`);
      return status.running && status.ami.booted ? 0 : 3;
    }
    default:
      process.stderr.write('usage: pbx.cli.js setup|start|stop|status\n');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
