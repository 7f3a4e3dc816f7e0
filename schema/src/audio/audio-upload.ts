import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { AudioFile } from './audio-file.entity.js';
import { AudioErrors } from './audio.errors.js';
import { AUDIO_MANAGE, AudioService, audioFileName, checkedAudioName } from './audio.service.js';

export interface AudioUploadOptions {
  /** Host side of the folder Asterisk plays custom audios from (telephony's audioHostDirectory). */
  directory: string;
  maxBytes: number;
  /** The request's Content-Length, when sent: a file declared too large is refused unread. */
  declaredBytes?: number | null;
  /** The name the file had on the uploader's machine. */
  originalFileName?: string | null;
  /** The audio's name; the original file name without its extension when absent. */
  name?: string | null;
}

type SourceFormat = 'wav' | 'mp3';

const SOX_TIMEOUT_MS = 120_000;

function tooLarge(maxBytes: number) {
  return AudioErrors.create('TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes`, { maxBytes });
}

function invalidFile(message: string, details: Record<string, unknown> = {}) {
  return AudioErrors.create('INVALID_FILE', message, { field: 'file', ...details });
}

class StopReading extends Error {}

/** Passes the bytes through, and stops the pipeline once more than the limit arrived. */
class ByteLimit extends Transform {
  bytes = 0;
  exceeded = false;
  constructor(private readonly maxBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.exceeded = true;
      callback(new StopReading());
      return;
    }
    callback(null, chunk);
  }
}

/** WAV (RIFF....WAVE) or MP3 (an ID3 tag or an MPEG audio frame sync), by the first bytes. */
export function sniffAudioFormat(head: Buffer): SourceFormat | null {
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WAVE')
    return 'wav';
  if (head.length >= 3 && head.toString('latin1', 0, 3) === 'ID3') return 'mp3';
  // Frame sync: 11 set bits; MPEG version not "reserved" (01) and layer not "reserved" (00).
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0) {
    const version = (head[1]! >> 3) & 0x03;
    const layer = (head[1]! >> 1) & 0x03;
    if (version !== 0x01 && layer !== 0x00) return 'mp3';
  }
  return null;
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function sox(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('sox', args, { timeout: SOX_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('sox is not installed (scripts/setup.sh installs it)'));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** sox's own words without its program prefix, for the uploader: "can't open input file…". */
const soxReason = (stderr: string) =>
  stderr
    .split('\n')
    .map((line) => line.replace(/^sox (FAIL|WARN) \w+: /, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, 3)
    .join('; ');

/** One line, no path, at most 255 characters: it is shown back to people, never given to Asterisk. */
function cleanFileName(raw: string | null | undefined): string {
  const name = basename(String(raw ?? '').replace(/\\/g, '/'))
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 255);
  return name.length > 0 ? name : 'upload';
}

/**
 * Checks the spooled file (first bytes, then `sox --i`) and converts it into `converted`;
 * AUDIO_INVALID_FILE with sox's reason when it is not a whole WAV or MP3.
 */
async function convertUpload(
  incoming: string,
  converted: string,
  spooled: string[],
): Promise<{ durationSeconds: number; size: number }> {
  const format = sniffAudioFormat(await readHead(incoming));
  if (!format) throw invalidFile('Not a WAV or MP3 file');

  // sox tells formats by extension: the spooled file gets the one its first bytes showed.
  const source = `${incoming}.${format}`;
  await rename(incoming, source);
  spooled.push(source);
  const info = await sox(['--i', source]);
  if (info.code !== 0) throw invalidFile(`Not a readable ${format.toUpperCase()} file: ${soxReason(info.stderr)}`);
  const conversion = await sox([
    '-V2',
    source,
    '-r',
    '8000',
    '-c',
    '1',
    '-b',
    '16',
    '-e',
    'signed-integer',
    '-t',
    'wav',
    converted,
  ]);
  if (conversion.code !== 0)
    throw invalidFile(`The ${format.toUpperCase()} file could not be converted: ${soxReason(conversion.stderr)}`);
  if (/premature EOF|header.*(corrupt|invalid)/i.test(conversion.stderr))
    throw invalidFile(`The ${format.toUpperCase()} file is truncated or damaged: ${soxReason(conversion.stderr)}`);
  const duration = await sox(['--i', '-D', converted]);
  const durationSeconds = Number(duration.stdout.trim());
  if (duration.code !== 0 || !Number.isFinite(durationSeconds) || durationSeconds <= 0)
    throw invalidFile(`The ${format.toUpperCase()} file holds no audio`);
  const { size } = await stat(converted);
  return { durationSeconds, size };
}

/**
 * Receives a WAV or MP3, checks it (first bytes, then `sox --i`), converts it with sox to
 * 8 kHz mono 16-bit WAV and stores it as a new AudioFile. All or nothing: the body is spooled
 * and converted beside the final file under hidden names, and the converted file is renamed
 * into place inside the transaction that inserts the row (removed again if the commit fails);
 * a refused or failed upload leaves neither a row nor a file.
 */
export async function uploadAudioFile(
  context: DomainContext,
  body: Readable,
  options: AudioUploadOptions,
): Promise<AudioFile> {
  context.viewer.require(AUDIO_MANAGE);
  if ((options.declaredBytes ?? 0) > options.maxBytes) throw tooLarge(options.maxBytes);
  const originalFileName = cleanFileName(options.originalFileName);
  const name = checkedAudioName(
    options.name ?? (basename(originalFileName, extname(originalFileName)) || originalFileName),
  );
  await AudioService.assertNameFree(context.em, name);

  await mkdir(options.directory, { recursive: true });
  const id = randomUUID();
  const incoming = join(options.directory, `.upload-${id}`);
  const converted = join(options.directory, `.converted-${id}.wav`);
  const final = join(options.directory, audioFileName(id));
  const spooled = [incoming, converted];
  try {
    const limit = new ByteLimit(options.maxBytes);
    try {
      // Not the body itself: on a refusal, pipeline() would destroy the request and its socket
      // with it, and the answer could not be sent; the transport drains or closes it instead.
      await pipeline(body.iterator({ destroyOnReturn: false }), limit, createWriteStream(incoming));
    } catch (error) {
      if (limit.exceeded) throw tooLarge(options.maxBytes);
      throw error;
    }
    if (limit.bytes === 0) throw invalidFile('The file is empty');
    const { durationSeconds, size } = await convertUpload(incoming, converted, spooled);

    let renamed = false;
    try {
      return await inTransaction(context, 'Audio', async ({ em }) => {
        await AudioService.assertNameFree(em, name);
        const audio = em.create(AudioFile, {
          id,
          name,
          originalFileName,
          sizeBytes: size,
          durationSeconds: Math.round(durationSeconds * 1000) / 1000,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        await em.flush();
        await rename(converted, final);
        renamed = true;
        return audio;
      });
    } catch (error) {
      if (renamed) await rm(final, { force: true });
      throw error;
    }
  } finally {
    await Promise.all(spooled.map((path) => rm(path, { force: true })));
  }
}
