import type { Readable } from 'node:stream';
import { Router, type Request } from 'express';
import cors from 'cors';
import { invalidInput, stageCsvUpload } from '@switchboard/schema';
import { requestContext, type HttpDependencies } from './authenticate.js';
import { uploadErrorHandler } from './http-errors.js';
import { multipartFile } from './multipart-file.js';

export interface CsvUploadLimits {
  maxBytes: number;
  ttlHours: number;
  spoolDirectory: string;
}

// What browsers and tools send for a .csv file.
const CSV_TYPES = /^(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel|application\/octet-stream)\b/i;
const MULTIPART = /^multipart\/form-data\b/i;

/** The file: the body itself, or the first file of a form. */
async function csvBody(request: Request): Promise<{ body: Readable; declaredBytes: number | null }> {
  const type = request.headers['content-type'] ?? 'text/csv';
  if (MULTIPART.test(type)) return { body: await multipartFile(request), declaredBytes: null };
  if (!CSV_TYPES.test(type)) {
    throw invalidInput(
      'Content-Type',
      `send the file as the body with Content-Type text/csv, or as a form (not ${type})`,
    );
  }
  const declared = Number(request.headers['content-length']);
  return { body: request, declaredBytes: Number.isFinite(declared) ? declared : null };
}

/**
 * POST /uploads/csv: the request body is the CSV file (Content-Type text/csv), or a
 * multipart/form-data form holding it, spooled to a file as it arrives (never held in memory, nor a
 * database connection while it trickles), then staged; answers 201 {uploadId, columns, rowCount}. The import
 * mutations (importContactDatabase, importDoNotCallNumbers) then name the uploadId. An
 * optional ?uploadId=<uuid> chosen by the client lets it subscribe to contactImportProgress
 * before sending. Refusals use the GraphQL error shape with every problem's row and column.
 */
export function createCsvUploadRouter(dependencies: HttpDependencies, limits: CsvUploadLimits): Router {
  const router = Router();
  router.use(cors());
  router.post('/csv', async (request, response) => {
    const context = await requestContext(dependencies, request);
    const { body, declaredBytes } = await csvBody(request);
    const uploadId = typeof request.query['uploadId'] === 'string' ? request.query['uploadId'] : null;
    const upload = await stageCsvUpload(context, body, {
      maxBytes: limits.maxBytes,
      ttlHours: limits.ttlHours,
      spoolDirectory: limits.spoolDirectory,
      uploadId,
      declaredBytes,
    });
    response.status(201).json(upload);
  });
  router.use(uploadErrorHandler(dependencies.logger, 'CSV_IMPORT_TOO_LARGE'));
  return router;
}
