import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Router, type RequestHandler } from 'express';
import cors from 'cors';
import { CommonErrors, assertRecordingAccess } from '@switchboard/schema';
import { requestContext, type HttpDependencies } from './authenticate.js';
import { restErrorHandler } from './http-errors.js';
import { sendMediaFile } from './media-file.js';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/**
 * The recording's path relative to the folder, or BAD_USER_INPUT: only plain names, no `..`,
 * no empty, hidden or encoded segments. The resolved path is checked to stay inside as well.
 */
function recordingPath(segments: unknown, directory: string): { relative: string; absolute: string } {
  const parts = Array.isArray(segments) ? segments.map(String) : [];
  const invalid = () =>
    CommonErrors.create('INVALID_INPUT', 'recording path: plain names separated by /', { field: 'path' });
  if (parts.length === 0 || !parts.every((part) => SEGMENT.test(part) && part !== '..')) throw invalid();
  const root = resolve(directory);
  const absolute = resolve(root, ...parts);
  if (!absolute.startsWith(root + sep)) throw invalid();
  return { relative: parts.join('/'), absolute };
}

function download(dependencies: HttpDependencies, directory: string): RequestHandler<{ path: string[] }> {
  return async (request, response) => {
    const context = await requestContext(dependencies, request);
    const { relative, absolute } = recordingPath(request.params.path, directory);
    await assertRecordingAccess(context, relative);
    const file = await stat(absolute).catch(() => undefined);
    if (!file?.isFile())
      throw CommonErrors.create('NOT_FOUND', `Recording ${relative} was not found`, { id: relative });
    await sendMediaFile(response, {
      path: absolute,
      contentType: relative.endsWith('.wav') ? 'audio/wav' : 'application/octet-stream',
      disposition: 'attachment',
      fileName: fileName(relative),
    });
  };
}

const fileName = (relative: string) => relative.split('/').at(-1)!;

/**
 * Call recordings, `GET /recordings/<path>` with the path the call-event log gives, for
 * authorised users (the recording scope, schema/src/recordings/recording-scope.ts). Mounted at /recordings; `directory` is the host side
 * of the folder Asterisk's MixMonitor writes into.
 */
export function createRecordingsRouter(dependencies: HttpDependencies, directory: string): Router {
  const router = Router();
  router.use(cors({ exposedHeaders: ['Content-Disposition'] }));
  router.get('/*path', download(dependencies, directory));
  router.use(restErrorHandler(dependencies.logger));
  return router;
}
