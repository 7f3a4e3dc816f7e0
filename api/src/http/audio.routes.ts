import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Router, type Request } from 'express';
import cors from 'cors';
import { AudioErrors, AudioService, audioFileName, invalidInput, uploadAudioFile } from '@switchboard/schema';
import { audioHostDirectory } from '@switchboard/telephony';
import { apiTelephonyConfig } from '../resolvers/telephony-credentials.settings.js';
import { requestContext, type HttpDependencies } from './authenticate.js';
import { restErrorHandler, uploadErrorHandler } from './http-errors.js';
import { sendMediaFile } from './media-file.js';
import { multipartUpload } from './multipart-file.js';

export interface AudioStorage {
  /** Host side of the folder Asterisk plays custom audios from. */
  directory: string;
  maxBytes: number;
}

// What browsers and tools send for a .wav or .mp3 file.
const AUDIO_TYPES = /^(audio\/(wav|x-wav|wave|vnd\.wave|mpeg|mp3|x-mp3|mpeg3|x-mpeg-3)|application\/octet-stream)\b/i;
const MULTIPART = /^multipart\/form-data\b/i;

const queryString = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

async function audioBody(
  request: Request,
): Promise<{ body: Readable; declaredBytes: number | null; fileName: string | null }> {
  const type = request.headers['content-type'] ?? 'application/octet-stream';
  const fileName = queryString(request.query['fileName']);
  const declared = Number(request.headers['content-length']);
  const declaredBytes = Number.isFinite(declared) ? declared : null;
  if (MULTIPART.test(type)) {
    const upload = await multipartUpload(request);
    return { body: upload.stream, declaredBytes, fileName: fileName ?? upload.fileName };
  }
  if (!AUDIO_TYPES.test(type)) {
    throw invalidInput(
      'Content-Type',
      `send the file as the body with Content-Type audio/wav or audio/mpeg, or as a form (not ${type})`,
    );
  }
  return { body: request, declaredBytes, fileName };
}

/**
 * POST /uploads/audio?name=<name>&fileName=<original.wav>: the body is the WAV or MP3 file
 * (Content-Type audio/wav, audio/mpeg or application/octet-stream), or a multipart/form-data
 * form holding it. Administrators and supervisors (CAMPAIGNS_MANAGE). Answers 201 with the
 * new AudioFile {id, name, originalFileName, sizeBytes, durationSeconds, createdAt}; refusals
 * use the GraphQL error shape (AUDIO_INVALID_FILE 400, AUDIO_TOO_LARGE 413, AUDIO_DUPLICATE_NAME 409).
 */
function createAudioUploadRouter(dependencies: HttpDependencies, storage: AudioStorage): Router {
  const router = Router();
  router.use(cors());
  router.post('/audio', async (request, response) => {
    const context = await requestContext(dependencies, request);
    const { body, declaredBytes, fileName } = await audioBody(request);
    const audio = await uploadAudioFile(context, body, {
      directory: storage.directory,
      maxBytes: storage.maxBytes,
      declaredBytes,
      originalFileName: fileName,
      name: queryString(request.query['name']),
    });
    response.status(201).json({
      id: audio.id,
      name: audio.name,
      originalFileName: audio.originalFileName,
      sizeBytes: audio.sizeBytes,
      durationSeconds: audio.durationSeconds,
      createdAt: audio.createdAt.toISOString(),
    });
  });
  router.use(uploadErrorHandler(dependencies.logger, 'AUDIO_TOO_LARGE'));
  return router;
}

const AUDIO_PATH = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.wav$/i;

/**
 * GET /audio/<id>.wav: the converted file Asterisk plays (audio/wav), to listen to it, for
 * whoever may list audios.
 */
function createAudioDownloadRouter(dependencies: HttpDependencies, storage: Pick<AudioStorage, 'directory'>) {
  const router = Router();
  router.use(cors({ exposedHeaders: ['Content-Disposition'] }));
  router.get('/:file', async (request, response) => {
    const context = await requestContext(dependencies, request);
    const match = AUDIO_PATH.exec(request.params.file);
    if (!match) throw AudioErrors.create('NOT_FOUND', 'Audio paths are /audio/<id>.wav', { id: request.params.file });
    const audio = await AudioService.get(context, match[1]!.toLowerCase());
    const path = resolve(storage.directory, audioFileName(audio.id));
    const file = await stat(path).catch(() => undefined);
    if (!file?.isFile())
      throw AudioErrors.create('NOT_FOUND', `The file of audio ${audio.name} is missing`, { id: audio.id });
    await sendMediaFile(response, {
      path,
      contentType: 'audio/wav',
      disposition: 'inline',
      fileName: `audio-${audio.id}.wav`,
    });
  });
  router.use(restErrorHandler(dependencies.logger));
  return router;
}

/**
 * Both audio routes: POST /uploads/audio and GET /audio/<id>.wav, on the host side of the
 * folder Asterisk plays custom audios from.
 */
export function createAudioRouter(dependencies: HttpDependencies, maxBytes: number): Router {
  const storage = { directory: audioHostDirectory(apiTelephonyConfig()), maxBytes };
  const router = Router();
  router.use('/uploads', createAudioUploadRouter(dependencies, storage));
  router.use('/audio', createAudioDownloadRouter(dependencies, storage));
  return router;
}
