import type { Response } from 'express';

export interface MediaFile {
  /** Absolute path, already checked to be a file the caller may read. */
  path: string;
  contentType: string;
  disposition: 'inline' | 'attachment';
  fileName: string;
}

/**
 * Sends a recording or an audio: players seek with Range requests (206 Partial Content,
 * 416 when out of bounds), so express's sendFile serves it rather than a plain stream; never
 * cached, since who may hear it can change.
 */
export function sendMediaFile(response: Response, file: MediaFile): Promise<void> {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', `${file.disposition}; filename="${file.fileName}"`);
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new Promise((resolve, reject) => {
    response.sendFile(
      file.path,
      { acceptRanges: true, cacheControl: false, etag: false, dotfiles: 'allow' },
      (error) => {
        // A listener who closed the player mid-file is not an error of ours.
        if (!error || response.headersSent) return resolve();
        const refused = error as Error & { status?: number; headers?: Record<string, string> };
        if (refused.status !== 416) return reject(error);
        // A range past the end: the answer says how long the file is (RFC 9110).
        response
          .status(416)
          .set(refused.headers ?? {})
          .end();
        resolve();
      },
    );
  });
}
