import 'reflect-metadata';
import { pino } from 'pino';
import { EventBus, openDatabase } from '@switchboard/schema';
import { amiClientOptions, loadTelephonyConfig } from '@switchboard/telephony';
import { loadWorkersConfigOrExit } from '../config.js';
import { startTelephonyConfigWorker } from './telephony-config.worker.js';

const config = loadWorkersConfigOrExit();
const telephony = loadTelephonyConfig();
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'telephony-config' } });
const orm = await openDatabase(config.DATABASE_URL);
const amiOptions = await amiClientOptions(telephony, logger);
// The worker subscribes in the same tick as the bus is made: ioredis refuses a SUBSCRIBE sent
// while its ready check is running, and the subscription is then lost.
const events = new EventBus(config.REDIS_URL, config.REDIS_PREFIX);
const worker = startTelephonyConfigWorker({ config, telephony, amiOptions, orm, events, logger });

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
