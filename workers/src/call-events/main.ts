import 'reflect-metadata';
import { pino } from 'pino';
import { EventBus, openDatabase } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { loadWorkersConfigOrExit } from '../config.js';
import { startCallEventsWorker } from './call-events.worker.js';

const config = loadWorkersConfigOrExit();
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'call-events' } });
const orm = await openDatabase(config.DATABASE_URL);
const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX);
const worker = startCallEventsWorker({
  config,
  amiOptions: await amiClientOptions(loadTelephonyConfig(), logger),
  orm,
  events,
  logger,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    worker
      .close()
      .then(() => Promise.all([events.close(), orm.close(true)]))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  });
}
