import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { graphql, ok, type GraphQLResult } from '../support/graphql-client.js';

/** Helpers shared by the contact-import*.test.ts files. */

export function fixture(path: string): Promise<Buffer> {
  return readFile(new URL(`../fixtures/csv/${path}`, import.meta.url));
}

export interface UploadAnswer {
  status: number;
  body: {
    uploadId?: string;
    columns?: string[];
    rowCount?: number;
    errors?: Array<{ message: string; extensions: { code: string; reason?: string; details?: any } }>;
  };
}

/** POST /uploads/csv, as curl --data-binary would send a file. */
export async function upload(
  graphqlUrl: string,
  token: string | null,
  body: Buffer | string | ReadableStream<Uint8Array>,
  options: { contentType?: string; uploadId?: string } = {},
): Promise<UploadAnswer> {
  const url = new URL('/uploads/csv', graphqlUrl);
  if (options.uploadId) url.searchParams.set('uploadId', options.uploadId);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'text/csv',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** A successful upload's id. */
export async function uploaded(graphqlUrl: string, token: string, body: Buffer | string): Promise<string> {
  const answer = await upload(graphqlUrl, token, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.uploadId!;
}

/** The problems of a refused upload, with its status and reason checked. */
export function refused(answer: UploadAnswer, status: number, reason: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const error = answer.body.errors![0]!;
  expect(error.extensions.reason).toBe(reason);
  return error.extensions.details.problems as Array<{ row: number | null; column: string | null; message: string }>;
}

export const IMPORT = `mutation ($input: ImportContactDatabaseInput!) {
  importContactDatabase(input: $input) {
    imported skipped database { id name columns phoneColumns externalIdColumn contactCount } } }`;

export function importDatabase(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResult> {
  return graphql(url, IMPORT, { input }, token);
}

export async function imported(url: string, token: string, input: Record<string, unknown>) {
  return ok(await importDatabase(url, token, input)).importContactDatabase;
}

/** A CSV of `rows` contacts with distinct phones; `row(n)` may replace the n-th (1-based) line. */
export function generatedCsv(rows: number, row?: (n: number) => string | null): string {
  const lines = ['phone,mobile,name,customer_id'];
  for (let n = 1; n <= rows; n += 1) {
    lines.push(row?.(n) ?? `+1555${String(n).padStart(7, '0')},,Name ${n},C-${n}`);
  }
  return `${lines.join('\n')}\n`;
}
