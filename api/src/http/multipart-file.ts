import type { Readable } from 'node:stream';
import type { Request } from 'express';
import busboy from 'busboy';
import { invalidInput } from '@switchboard/schema';

/**
 * The first file of a multipart/form-data request (an HTML form, `curl -F file=@x.csv`), as a
 * stream: nothing is buffered. Other fields and files are ignored.
 */
export async function multipartFile(request: Request): Promise<Readable> {
  return (await multipartUpload(request)).stream;
}

/** The first file of a multipart/form-data request and the name it had on the sender's machine. */
export function multipartUpload(request: Request): Promise<{ stream: Readable; fileName: string | null }> {
  return new Promise((resolve, reject) => {
    const form = busboy({ headers: request.headers, limits: { files: 1 } });
    let found = false;
    form.on('file', (_field, stream, info) => {
      found = true;
      resolve({ stream, fileName: info.filename ?? null });
    });
    form.on('close', () => {
      if (!found) reject(invalidInput('file', 'the form holds no file'));
    });
    form.on('error', (error) => reject(found ? error : invalidInput('file', `not a valid form: ${String(error)}`)));
    request.pipe(form);
  });
}
