import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DomainContext } from '../../common/domain-context.js';
import { CommonErrors, invalidInput } from '../../common/domain-error.js';
import { Permission } from '../../auth/permission.js';
import { CsvByteGuard, StopReading } from './csv-byte-guard.js';
import { parseErrorProblem } from './csv-records.js';
import { ContactImportPhase, ImportProgress } from './import-progress.js';
import { ProblemList, importProblems } from './import-problems.js';
import { StagingParser } from './staging-parser.js';
import { deleteExpiredUploads, ensureUnloggedStaging, withRawConnection } from './staged-rows-table.js';

export interface CsvUploadOptions {
  maxBytes: number;
  ttlHours: number;
  /** An id chosen by the client, so that it can follow the upload's progress from the start. */
  uploadId?: string | null;
  /** The request's Content-Length, when sent: a file declared too large is refused unread. */
  declaredBytes?: number | null;
  /** Where the file waits until it is complete (the system's temporary folder by default). */
  spoolDirectory?: string;
}

/** What the upload endpoint answers: what to name in an import. */
export interface StagedUpload {
  uploadId: string;
  columns: string[];
  rowCount: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function chooseUploadId(requested: string | null | undefined): string {
  if (requested === null || requested === undefined || requested === '') return randomUUID();
  if (!UUID.test(requested)) throw invalidInput('uploadId', 'must be a UUID');
  return requested.toLowerCase();
}

function tooLarge(maxBytes: number) {
  return importProblems('TOO_LARGE', [
    { row: null, column: null, message: `the file is larger than the limit of ${maxBytes} bytes` },
  ]);
}

interface StagingResult {
  problems: ProblemList;
  parser: StagingParser;
  tooLarge: boolean;
}

/**
 * Streams the body through the checks and the parser into the spool file; never holds the
 * file in memory. On a refusal or an error the pipeline destroys the spool stream.
 */
async function streamIntoSpool(
  body: Readable,
  spool: Writable,
  uploadId: string,
  maxBytes: number,
  progress: ImportProgress,
): Promise<StagingResult> {
  const problems = new ProblemList();
  const parser = new StagingParser(uploadId, problems, progress);
  let stopped: StopReading | null = null;
  try {
    // Not the body itself: on a refusal, pipeline() would destroy the request and its socket
    // with it, and the answer could not be sent; the transport drains or closes it instead.
    const source = body.iterator({ destroyOnReturn: false });
    await pipeline(source, new CsvByteGuard(maxBytes, problems), parser, spool);
  } catch (error) {
    await finished(spool).catch(() => undefined);
    if (error instanceof StopReading) stopped = error;
    else if (!parseErrorProblem(error, problems)) throw error;
  }
  if (parser.columns === null && problems.empty) problems.add(null, null, 'the file is empty: it needs a header row');
  return { problems, parser, tooLarge: stopped?.tooLarge ?? false };
}

async function assertIdFree(client: pg.ClientBase, uploadId: string): Promise<void> {
  const { rowCount } = await client.query('select 1 from csv_uploads where id = $1', [uploadId]);
  if (rowCount) throw uploadIdTaken(uploadId);
}

const uploadIdTaken = (uploadId: string) =>
  CommonErrors.create('CONFLICT', `Upload ${uploadId} already exists`, { uploadId });

async function recordUpload(
  client: pg.ClientBase,
  context: DomainContext,
  upload: StagedUpload & { lastRow: number },
  ttlHours: number,
): Promise<void> {
  await client.query(
    `insert into csv_uploads (id, owner_id, columns, row_count, last_row, status, created_at, expires_at)
     values ($1, $2, $3, $4, $5, 'STAGED', now(), now() + make_interval(hours => $6))`,
    [upload.uploadId, context.viewer.userId, upload.columns, upload.rowCount, upload.lastRow, ttlHours],
  );
}

/** Short statements before the body is read, each on its own: no transaction stays open. */
async function prepareStaging(context: DomainContext, uploadId: string): Promise<void> {
  await withRawConnection(context.em, async (client) => {
    await ensureUnloggedStaging(client);
    await deleteExpiredUploads(client);
    await assertIdFree(client, uploadId);
  });
}

/** The complete, checked file into csv_upload_rows and its record, in one short transaction. */
async function copyIntoStaging(
  context: DomainContext,
  spoolPath: string,
  upload: StagedUpload & { lastRow: number },
  ttlHours: number,
): Promise<void> {
  await withRawConnection(context.em, async (client) => {
    await client.query('begin');
    try {
      await assertIdFree(client, upload.uploadId);
      const copy = client.query(copyFrom('copy csv_upload_rows (upload_id, row_number, values) from stdin'));
      await pipeline(createReadStream(spoolPath), copy);
      await recordUpload(client, context, upload, ttlHours);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      // The same id staged meanwhile by a concurrent upload.
      if ((error as { code?: string }).code === '23505') throw uploadIdTaken(upload.uploadId);
      throw error;
    }
  });
}

/** A private scratch file for one upload's COPY text; remove() is safe to call in any case. */
function openSpool(directory: string, uploadId: string): { path: string; stream: Writable; remove(): Promise<void> } {
  const path = join(directory, `switchboard-upload-${uploadId}-${randomUUID()}.copy`);
  const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  return {
    path,
    stream,
    remove: async () => {
      stream.destroy();
      await finished(stream).catch(() => undefined);
      await rm(path, { force: true });
    },
  };
}

/**
 * Stages a CSV upload: the body streams through the structural checks (size, UTF-8, header,
 * row widths) into a spool file, and only once it is complete and valid is it copied into
 * csv_upload_rows, with COPY, in one short transaction: a client that sends slowly or stalls
 * holds no database connection, and a refused or abandoned file leaves nothing behind.
 * Problems come back all at once (up to MAX_PROBLEMS), each with its row.
 */
export async function stageCsvUpload(
  context: DomainContext,
  body: Readable,
  options: CsvUploadOptions,
): Promise<StagedUpload> {
  context.viewer.requireAny(Permission.CONTACTS_MANAGE, Permission.DO_NOT_CALL_MANAGE);
  const uploadId = chooseUploadId(options.uploadId);
  if ((options.declaredBytes ?? 0) > options.maxBytes) throw tooLarge(options.maxBytes);
  const progress = new ImportProgress(context.events, uploadId, context.viewer.userId);
  await prepareStaging(context, uploadId);
  const spool = openSpool(options.spoolDirectory ?? tmpdir(), uploadId);
  try {
    progress.phase(ContactImportPhase.UPLOADING, 0);
    const {
      problems,
      parser,
      tooLarge: overLimit,
    } = await streamIntoSpool(body, spool.stream, uploadId, options.maxBytes, progress);
    if (!problems.empty) {
      progress.phase(ContactImportPhase.FAILED, parser.rowCount, problems.total);
      if (overLimit) throw tooLarge(options.maxBytes);
      throw importProblems('INVALID_FILE', problems.problems, problems.total);
    }
    const upload = { uploadId, columns: parser.columns!, rowCount: parser.rowCount, lastRow: parser.lastRow };
    await copyIntoStaging(context, spool.path, upload, options.ttlHours);
    progress.total(upload.rowCount);
    progress.phase(ContactImportPhase.STAGED, upload.rowCount);
    return { uploadId, columns: upload.columns, rowCount: upload.rowCount };
  } finally {
    await spool.remove();
  }
}
