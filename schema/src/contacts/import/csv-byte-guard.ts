import { Transform, type TransformCallback } from 'node:stream';
import type { ProblemList } from './import-problems.js';

const LF = 0x0a;

/** Thrown inside the upload pipeline to stop reading once the file is known to be refused. */
export class StopReading extends Error {
  constructor(readonly tooLarge = false) {
    super('the upload was refused; reading stopped');
  }
}

function countLineFeeds(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let index = bytes.indexOf(LF); index !== -1 && index < end; index = bytes.indexOf(LF, index + 1)) count += 1;
  return count;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of the first byte that makes `bytes` invalid UTF-8. Only called once decoding has
 * failed: a binary search over prefixes (a prefix of valid text is valid when an unfinished
 * character at its end is allowed, which `stream: true` does). 0 when the chunk alone is valid:
 * the character that failed began in the previous chunk.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  if (decodes(bytes)) return 0;
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >>> 1;
    if (decodes(bytes.subarray(0, middle))) valid = middle;
    else invalid = middle;
  }
  return valid;
}

/**
 * Where the character holding `offset` starts: a byte that cuts a character short (a Latin-1
 * "é" followed by a line break) is reported as the character's first byte (0xe9).
 */
function characterStart(bytes: Uint8Array, offset: number): number {
  let start = offset;
  while (start > 0 && offset - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start -= 1;
  return start > 0 && bytes[start - 1]! >= 0xc0 ? start - 1 : offset;
}

/**
 * The checks made on raw bytes before parsing: the size limit (reading stops as soon as it is
 * passed), UTF-8 validity and NUL bytes (Postgres text cannot hold them). A refused file adds
 * its problem, with the line of the bad byte, and stops the pipeline.
 */
export class CsvByteGuard extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  private lineFeeds = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly problems: ProblemList,
  ) {
    super();
  }

  get byteCount(): number {
    return this.bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.problems.add(null, null, `the file is larger than the limit of ${this.maxBytes} bytes`);
      return callback(new StopReading(true));
    }
    const problem = this.check(chunk);
    if (problem) return callback(problem);
    this.lineFeeds += countLineFeeds(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.decode();
      callback();
    } catch {
      this.refuse(this.lineFeeds + 1, 'the file ends inside a character: it is not UTF-8 text');
      callback(new StopReading());
    }
  }

  private check(chunk: Buffer): StopReading | null {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      const offset = characterStart(chunk, firstInvalidByte(chunk));
      const byte = chunk[offset]!.toString(16).padStart(2, '0');
      this.refuse(
        this.lineFeeds + countLineFeeds(chunk, offset) + 1,
        `byte 0x${byte} is not UTF-8: save the file as UTF-8 (CSV UTF-8 in spreadsheets)`,
      );
      return new StopReading();
    }
    const nul = chunk.indexOf(0);
    if (nul !== -1) {
      this.refuse(this.lineFeeds + countLineFeeds(chunk, nul) + 1, 'contains a NUL byte: this is not a text file');
      return new StopReading();
    }
    return null;
  }

  private refuse(line: number, message: string): void {
    this.problems.add(line, null, message);
  }
}
