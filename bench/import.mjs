// npm run bench:import — imports a generated 1,000,000-row CSV through the real path (HTTP
// upload, GraphQL import) into a scratch database, loads the same file with a raw COPY, and
// writes bench/results/import.json. Peak memory is sampled for a 250,000-row file too, to
// show that it does not grow with the file.
/* global process, URL, setInterval, clearInterval, performance, console -- Node globals: the lint config defines none for .mjs */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { dropDatabase, prepareDatabase } from '@switchboard/schema';
import { importThroughApi, managerToken, startBenchApi, writeCsv } from './import-support.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SMALL_ROWS = Math.round(ROWS / 4);
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
base.pathname = `/switchboard_bench_${process.pid}`;
const databaseUrl = base.toString();
const results = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'import.json');

/** RSS before `work` and its peak while it runs, sampled every 20 ms. */
async function withPeakRss(work) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await work();
    const megabytes = (bytes) => Math.round(bytes / 1048576);
    return {
      value,
      rssBeforeMegabytes: megabytes(before),
      peakRssMegabytes: megabytes(Math.max(peak, process.memoryUsage().rss)),
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The raw COPY the import is compared with, then, for scale, the same rows (already split)
 * written into contacts with a bare INSERT ... SELECT: what storing them costs by itself.
 */
async function rawCopyAndContactsFloor(file) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('create table bench_raw_copy (a text, b text, c text, d text, e text, f text, g text, h text)');
    let started = performance.now();
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(copyFrom('copy bench_raw_copy from stdin (format csv, header)')),
    );
    const copySeconds = (performance.now() - started) / 1000;
    const { rows } = await client.query(
      "insert into contact_databases (id, name, columns, phone_columns) values (gen_random_uuid(), 'floor', '{}', '{}') returning id",
    );
    started = performance.now();
    await client.query(
      `insert into contacts (id, database_id, phone, external_id, data)
       select gen_random_uuid(), $1, b, a, jsonb_build_object('a', a, 'b', b, 'c', c, 'd', d, 'e', e, 'f', f, 'g', g, 'h', h)
       from bench_raw_copy`,
      [rows[0].id],
    );
    return { copySeconds, contactsInsertSeconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

const directory = await mkdtemp(path.join(tmpdir(), 'switchboard-bench-'));
await prepareDatabase(databaseUrl);
const api = await startBenchApi(databaseUrl, `switchboard_bench_${process.pid}`);
try {
  const token = await managerToken(api);
  const small = path.join(directory, 'small.csv');
  const large = path.join(directory, 'large.csv');
  await writeCsv(small, SMALL_ROWS);
  await writeCsv(large, ROWS);
  const smallRun = await withPeakRss(() => importThroughApi(api, token, small, SMALL_ROWS));
  const largeRun = await withPeakRss(() => importThroughApi(api, token, large, ROWS));
  const { copySeconds, contactsInsertSeconds } = await rawCopyAndContactsFloor(large);
  const rowsPerSecond = Math.round(ROWS / largeRun.value.seconds);
  const copyRowsPerSecond = Math.round(ROWS / copySeconds);
  const report = {
    rows: ROWS,
    seconds: Number(largeRun.value.seconds.toFixed(2)),
    uploadSeconds: Number(largeRun.value.uploadSeconds.toFixed(2)),
    importSeconds: Number(largeRun.value.importSeconds.toFixed(2)),
    rowsPerSecond,
    copySeconds: Number(copySeconds.toFixed(2)),
    copyRowsPerSecond,
    ratio: Number((rowsPerSecond / copyRowsPerSecond).toFixed(3)),
    // Writing the rows into contacts (4 indexes, a foreign key, JSONB) with nothing else to do.
    contactsInsertSeconds: Number(contactsInsertSeconds.toFixed(2)),
    fileMegabytes: Math.round((await stat(large)).size / 1048576),
    peakRssMegabytes: largeRun.peakRssMegabytes,
    rssBeforeMegabytes: largeRun.rssBeforeMegabytes,
    smallRows: SMALL_ROWS,
    smallSeconds: Number(smallRun.value.seconds.toFixed(2)),
    smallPeakRssMegabytes: smallRun.peakRssMegabytes,
    smallRssBeforeMegabytes: smallRun.rssBeforeMegabytes,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  await mkdir(path.dirname(results), { recursive: true });
  await writeFile(results, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(`ratio (ours / raw COPY): ${report.ratio}`);
} finally {
  await api.close();
  await dropDatabase(databaseUrl);
  await rm(directory, { recursive: true, force: true });
}
