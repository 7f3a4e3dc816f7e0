// Helpers of the import benchmarks (bench/import.mjs, bench/lookup.mjs): the CSV they import and
// the path a client takes to import it (HTTP upload, then the GraphQL mutation).
/* global URL, fetch, performance -- Node globals: the lint config defines none for .mjs */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pino } from 'pino';
import { BuiltInRole, Role, User, hashPassword } from '@switchboard/schema';
import { loadApiConfig } from '../api/dist/config.js';
import { startApiServer } from '../api/dist/server.js';

/** The api in this process, on a scratch database, taking files of any size. */
export function startBenchApi(databaseUrl, prefix) {
  return startApiServer(
    loadApiConfig({
      DATABASE_URL: databaseUrl,
      REDIS_PREFIX: `${prefix}:`,
      API_PORT: '0',
      AUTH_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-0',
      LOG_LEVEL: 'warn',
      IMPORT_MAX_BYTES: String(2 ** 40),
    }),
    pino({ level: 'warn' }),
  );
}

/** 8 columns, 3 of them phones written the way people type them. */
export async function writeCsv(file, rows) {
  const lines = function* () {
    yield 'customer_id,phone,mobile,work_phone,first_name,last_name,city,notes\n';
    for (let n = 1; n <= rows; n += 1) {
      yield (
        `C${n},+54 11 ${40_000_000 + n},011-15-${50_000_000 + n},(011) ${60_000_000 + n},` +
        `Name${n % 977},Surname${n % 1409},City ${n % 50},"note, with a comma ${n}"\n`
      );
    }
  };
  await pipeline(Readable.from(lines()), createWriteStream(file));
}

export async function managerToken(api) {
  const em = api.orm.em.fork();
  const user = Object.assign(new User(), {
    username: 'bench',
    passwordHash: await hashPassword('Bench-Password-2026!'),
  });
  user.role = await em.findOneOrFail(Role, { builtIn: BuiltInRole.MANAGER });
  await em.persist(user).flush();
  return (
    await graphql(api.url, null, 'mutation { login(username: "bench", password: "Bench-Password-2026!") { token } }')
  ).login.token;
}

export async function graphql(url, token, query, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** POST a file with node:http, which streams it with backpressure (fetch with a web stream may read ahead). */
export async function postFile(url, token, file) {
  const request = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      'content-length': (await stat(file)).size,
      authorization: `Bearer ${token}`,
    },
  });
  const answered = new Promise((resolve, reject) => request.once('response', resolve).once('error', reject));
  await pipeline(createReadStream(file), request);
  const response = await answered;
  let body = '';
  for await (const chunk of response) body += chunk;
  if (response.statusCode !== 201) throw new Error(body);
  return JSON.parse(body);
}

/** Upload through HTTP, then import through GraphQL: the path a client takes. */
export async function importThroughApi(api, token, file, rows, name = `bench ${rows}`) {
  const started = performance.now();
  const uploaded = await postFile(new URL('/uploads/csv', api.url), token, file);
  const uploadSeconds = (performance.now() - started) / 1000;
  const { importContactDatabase: result } = await graphql(
    api.url,
    token,
    `
      mutation ($input: ImportContactDatabaseInput!) {
        importContactDatabase(input: $input) {
          imported
        }
      }
    `,
    {
      input: {
        uploadId: uploaded.uploadId,
        name,
        phoneColumns: ['phone', 'mobile', 'work_phone'],
        externalIdColumn: 'customer_id',
      },
    },
  );
  if (result.imported !== rows) throw new Error(`imported ${result.imported} of ${rows}`);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, uploadSeconds, importSeconds: seconds - uploadSeconds };
}
