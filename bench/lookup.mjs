// npm run bench:lookup — caller identification at scale. In a scratch database:
// 1. import cost: the bench:import CSV imported through the real path (HTTP upload, GraphQL
//    import) with the phone index kept (its insert trigger on) and without (off: what the import
//    did before the index), alternating, each into empty tables;
// 2. lookups: 1,000,000 contacts × 3 phones generated in SQL, then random numbers (typed with
//    "+", "00", spaces and dashes; one in ten nobody has) looked up through findInboundContactId
//    (what the inbound-contact AGI runs), findContactsByPhone, and a bare index scan in SQL, in
//    the same loop; and, for scale, a few through the JSONB scan they replace.
// Writes bench/results/lookup.json.
/* global process, URL, performance, console -- Node globals: the lint config defines none for .mjs */
import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  Campaign,
  CampaignState,
  CampaignType,
  ContactDatabase,
  canonicalPhone,
  dropDatabase,
  findContactsByPhone,
  findInboundContactId,
  openDatabase,
  prepareDatabase,
} from '@switchboard/schema';
import { importThroughApi, managerToken, startBenchApi, writeCsv } from './import-support.mjs';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 3_000);
const SCANS = Number(process.env.BENCH_SCANS ?? 3);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
/** Imports with and without the index, in the order A B B A … (drift falls on both alike). */
const IMPORT_PAIRS = Number(process.env.BENCH_IMPORT_PAIRS ?? 2);
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
base.pathname = `/switchboard_bench_lookup_${process.pid}`;
const databaseUrl = base.toString();
const results = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'lookup.json');

const round = (value, digits = 2) => Number(value.toFixed(digits));
const seconds = (since) => (performance.now() - since) / 1000;

function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: round(at(0.5), 3), p99: round(at(0.99), 3), max: round(sorted.at(-1), 3) };
}

/** A deterministic pseudo-random sequence (mulberry32), so that runs look up the same numbers. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The n-th contact's phones as contacts store them (normalized): distinct 8-digit subscriber
 * numbers in an order unrelated to n (multiplying by a number prime to 10^8 permutes them).
 */
const subscriber = (n, factor) => `(((${n})::bigint * ${factor}) % 100000000)::text`;
const PHONES = {
  phone: (n) => `'+541140' || lpad(${subscriber(n, 7919)}, 8, '0')`,
  mobile: (n) => `'0054911' || lpad(${subscriber(n, 104729)}, 8, '0')`,
  work_phone: (n) => `'541160' || lpad(${subscriber(n, 1299709)}, 8, '0')`,
};
const jsPhone = {
  phone: (n) => `+541140${String((BigInt(n) * 7919n) % 100000000n).padStart(8, '0')}`,
  mobile: (n) => `0054911${String((BigInt(n) * 104729n) % 100000000n).padStart(8, '0')}`,
  work_phone: (n) => `541160${String((BigInt(n) * 1299709n) % 100000000n).padStart(8, '0')}`,
};

/** A stored number as a caller id or a person might present it. */
function typed(phone, pick) {
  const key = canonicalPhone(phone);
  const forms = [
    `+${key}`,
    `00${key}`,
    key,
    `+${key.slice(0, 2)} ${key.slice(2, 4)} ${key.slice(4, 8)}-${key.slice(8)}`,
    `${key.slice(0, 2)}-${key.slice(2, 6)}-${key.slice(6)}`,
  ];
  return forms[Math.floor(pick() * forms.length)];
}

/** Imports alternating with and without the phone index's insert trigger, each into empty tables. */
async function importCost(client, api, token, file) {
  const runs = { withIndex: [], without: [] };
  const order = [];
  for (let pair = 0; pair < IMPORT_PAIRS; pair += 1) order.push(...(pair % 2 === 0 ? [false, true] : [true, false]));
  for (const [index, indexed] of order.entries()) {
    await client.query('truncate contacts cascade');
    await client.query(`alter table contacts ${indexed ? 'enable' : 'disable'} trigger contact_phones_insert`);
    await client.query('checkpoint');
    const run = await importThroughApi(api, token, file, IMPORT_ROWS, `bench import ${index}`);
    const { rows } = await client.query('select count(*)::int as count from contact_phones');
    if (rows[0].count !== (indexed ? IMPORT_ROWS * 3 : 0)) throw new Error(`index rows: ${rows[0].count}`);
    (indexed ? runs.withIndex : runs.without).push(run);
    console.log(`import ${indexed ? 'with' : 'without'} the index: ${run.seconds.toFixed(1)} s`);
  }
  await client.query('alter table contacts enable trigger contact_phones_insert');
  await client.query('truncate contacts cascade');
  const summary = (list) => ({
    seconds: list.map((run) => round(run.seconds)),
    importSeconds: list.map((run) => round(run.importSeconds)),
  });
  const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
  const total = (list) => mean(list.map((run) => run.seconds));
  const importOnly = (list) => mean(list.map((run) => run.importSeconds));
  return {
    rows: IMPORT_ROWS,
    order: order.map((indexed) => (indexed ? 'with' : 'without')),
    withIndex: summary(runs.withIndex),
    withoutIndex: summary(runs.without),
    // Seconds more than without the index, over the whole import (upload and mutation) and the mutation alone.
    slowdownPercent: round((total(runs.withIndex) / total(runs.without) - 1) * 100, 1),
    importPhaseSlowdownPercent: round((importOnly(runs.withIndex) / importOnly(runs.without) - 1) * 100, 1),
  };
}

/**
 * 1,000,000 contacts in one database: written with the contacts' secondary indexes and the
 * phone index's key dropped (the insert trigger fills contact_phones, set-based, as for any
 * insert), then the indexes built, as a restore would; then VACUUM ANALYZE.
 */
async function generateContacts(client, databaseId) {
  const { rows: constraints } = await client.query(
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where conrelid in ('contacts'::regclass, 'contact_phones'::regclass)
        and contype in ('p', 'u') and conname <> 'contacts_pkey'`,
  );
  const { rows: indexes } = await client.query(
    `select indexname as name, indexdef as definition from pg_indexes
      where tablename in ('contacts', 'contact_phones') and indexname <> all($1::text[])`,
    [['contacts_pkey', ...constraints.map((constraint) => constraint.name)]],
  );
  for (const constraint of constraints) {
    await client.query(`alter table ${constraint.table} drop constraint ${constraint.name}`);
  }
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  let started = performance.now();
  const data = Object.entries(PHONES)
    .map(([column, sql]) => `'${column}', ${sql('n')}`)
    .join(', ');
  await client.query(
    `insert into contacts (id, database_id, phone, external_id, data)
     select ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, $1, ${PHONES.phone('n')}, 'C' || n,
            jsonb_build_object('customer_id', 'C' || n, ${data}, 'first_name', 'Name' || (n % 977))
       from generate_series(1, ${CONTACTS}) n`,
    [databaseId],
  );
  const insertSeconds = seconds(started);
  started = performance.now();
  for (const index of indexes) await client.query(index.definition);
  for (const constraint of constraints) {
    await client.query(`alter table ${constraint.table} add constraint ${constraint.name} ${constraint.definition}`);
  }
  const indexSeconds = seconds(started);
  started = performance.now();
  await client.query('vacuum analyze contacts');
  await client.query('vacuum analyze contact_phones');
  const { rows } = await client.query(
    `select (select count(*)::int from contact_phones) as rows,
            pg_total_relation_size('contact_phones') as bytes, pg_relation_size('contact_phones_pkey') as index_bytes`,
  );
  return {
    contacts: CONTACTS,
    indexRows: rows[0].rows,
    indexTableMegabytes: Math.round(Number(rows[0].bytes) / 1048576),
    indexMegabytes: Math.round(Number(rows[0].index_bytes) / 1048576),
    insertSeconds: round(insertSeconds),
    indexBuildSeconds: round(indexSeconds),
    vacuumSeconds: round(seconds(started)),
  };
}

async function lookups(client, orm, databaseId, campaignId) {
  const pick = random(14);
  const columns = Object.keys(jsPhone);
  const bare = {
    name: 'bare',
    text: 'select contact_id from contact_phones where database_id = $1 and phone = $2 limit 1',
  };
  const times = { inbound: [], findContactsByPhone: [], bareIndexScan: [] };
  let found = 0;
  const warmup = 200;
  for (let i = 0; i < LOOKUPS + warmup; i += 1) {
    const n = 1 + Math.floor(pick() * CONTACTS);
    const stored = jsPhone[columns[Math.floor(pick() * columns.length)]](n);
    // One in ten: a number nobody has (another area code).
    // One in ten: a number nobody has (one digit more).
    const phone = pick() < 0.1 ? `${stored}9` : stored;
    const caller = typed(phone, pick);
    const result = {};
    const probes = [
      ['inbound', async () => await findInboundContactId(orm.em.fork(), campaignId, caller)],
      [
        'ours',
        async () => (await findContactsByPhone(orm.em.fork(), { databaseId, phone: caller, limit: 1 }))[0] ?? null,
      ],
      [
        'bare',
        async () =>
          (await client.query({ ...bare, values: [databaseId, canonicalPhone(caller)] })).rows[0]?.contact_id ?? null,
      ],
    ];
    // Each first in turn: the first to ask reads the pages the others then find cached.
    for (let k = 0; k < probes.length; k += 1) {
      const [name, probe] = probes[(i + k) % probes.length];
      const started = performance.now();
      const id = await probe();
      result[name] = { id, ms: performance.now() - started };
    }
    if (result.inbound.id !== result.ours.id || result.ours.id !== result.bare.id) {
      throw new Error(`${caller}: ${JSON.stringify(result)}`);
    }
    if (i < warmup) continue;
    if (result.ours.id) found += 1;
    times.inbound.push(result.inbound.ms);
    times.findContactsByPhone.push(result.ours.ms);
    times.bareIndexScan.push(result.bare.ms);
  }
  const { rows: plan } = await client.query(
    `explain (costs off) ${bare.text.replace('$1', `'${databaseId}'`).replace('$2', "'5411401234'")}`,
  );
  return {
    lookups: LOOKUPS,
    found,
    milliseconds: {
      findInboundContactId: percentiles(times.inbound),
      findContactsByPhone: percentiles(times.findContactsByPhone),
      bareIndexScan: percentiles(times.bareIndexScan),
    },
    bareIndexScanPlan: plan.map((row) => row['QUERY PLAN'].trim()).join(' / '),
  };
}

/** What findInboundContact ran before the phone index: every contact's JSONB, in SQL. */
async function jsonbScans(client, databaseId) {
  const pick = random(7);
  const times = [];
  for (let i = 0; i < SCANS; i += 1) {
    const key = canonicalPhone(jsPhone.mobile(1 + Math.floor(pick() * CONTACTS)));
    const started = performance.now();
    await client.query(
      `select c.id from contacts c where c.database_id = $1 and exists (select 1 from contact_databases d,
         jsonb_each_text(c.data) f where d.id = c.database_id and f.key = any(d.phone_columns)
         and regexp_replace(f.value, '^(\\+|00)', '') = $2) order by c.created_at, c.id limit 1`,
      [databaseId, key],
    );
    times.push(performance.now() - started);
  }
  return { scans: SCANS, milliseconds: times.map((time) => Math.round(time)) };
}

const directory = await mkdtemp(path.join(tmpdir(), 'switchboard-bench-lookup-'));
const benchStarted = performance.now();
await prepareDatabase(databaseUrl);
const api = await startBenchApi(databaseUrl, `switchboard_bench_lookup_${process.pid}`);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const orm = await openDatabase(databaseUrl);
try {
  let imports = null;
  if (IMPORT_PAIRS > 0) {
    const token = await managerToken(api);
    const file = path.join(directory, 'import.csv');
    await writeCsv(file, IMPORT_ROWS);
    imports = await importCost(client, api, token, file);
  }

  const em = orm.em.fork();
  const database = Object.assign(new ContactDatabase(), {
    name: 'bench lookup',
    columns: ['customer_id', 'phone', 'mobile', 'work_phone', 'first_name'],
    phoneColumns: ['phone', 'mobile', 'work_phone'],
    externalIdColumn: 'customer_id',
  });
  const campaign = Object.assign(new Campaign(), {
    name: 'bench inbound',
    type: CampaignType.INBOUND,
    state: CampaignState.ACTIVE,
    contactDatabase: database,
  });
  await em.persist([database, campaign]).flush();
  console.log(`generating ${CONTACTS} contacts…`);
  const generated = await generateContacts(client, database.id);
  await client.query('update contact_databases set contact_count = $2 where id = $1', [database.id, CONTACTS]);
  console.log(JSON.stringify(generated));
  const measured = await lookups(client, orm, database.id, campaign.id);
  const scans = SCANS > 0 ? await jsonbScans(client, database.id) : null;
  const ms = measured.milliseconds;
  const report = {
    ...generated,
    ...measured,
    ratioP50: round(ms.findContactsByPhone.p50 / ms.bareIndexScan.p50),
    ratioP99: round(ms.findContactsByPhone.p99 / ms.bareIndexScan.p99),
    p99GoalMilliseconds: 5,
    p99GoalMet: ms.findInboundContactId.p99 <= 5 && ms.findContactsByPhone.p99 <= 5,
    jsonbScanBefore: scans,
    import: imports,
    benchSeconds: Math.round(seconds(benchStarted)),
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  await mkdir(path.dirname(results), { recursive: true });
  await writeFile(results, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `lookup p50/p99 ms — findInboundContactId ${ms.findInboundContactId.p50}/${ms.findInboundContactId.p99}, ` +
      `findContactsByPhone ${ms.findContactsByPhone.p50}/${ms.findContactsByPhone.p99}, ` +
      `bare index scan ${ms.bareIndexScan.p50}/${ms.bareIndexScan.p99}; ` +
      `ratio (ours / bare) p50 ${report.ratioP50}, p99 ${report.ratioP99}`,
  );
  if (imports)
    console.log(
      `import with the index: ${imports.slowdownPercent} % slower (import phase ${imports.importPhaseSlowdownPercent} %)`,
    );
} finally {
  await orm.close(true);
  await client.end();
  await api.close();
  await dropDatabase(databaseUrl);
  await rm(directory, { recursive: true, force: true });
}
