import { coreEnvironment, parseEnvironment, ConfigError } from '../config/environment.js';
import { prepareDatabase } from './prepare-database.js';

/** `npm run migrate`: creates the database if needed, applies migrations, syncs built-in roles. */
try {
  const { DATABASE_URL } = parseEnvironment({ DATABASE_URL: coreEnvironment.DATABASE_URL }, process.env);
  const { applied } = await prepareDatabase(DATABASE_URL);
  process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'database is up to date\n');
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
