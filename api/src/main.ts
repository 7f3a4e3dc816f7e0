import 'reflect-metadata';
import { pino } from 'pino';
import { loadApiConfigOrExit } from './config.js';
import { startApiServer } from './server.js';

const config = loadApiConfigOrExit();
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
