import 'reflect-metadata';
import { pino } from 'pino';
import { ConfigError } from '@switchboard/schema';
import { loadApiConfig } from './config.js';
import { startApiServer } from './server.js';

let config;
try {
  config = loadApiConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  throw error;
}
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'api' } });
const server = await startApiServer(config, logger);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
