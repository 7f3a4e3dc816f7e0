import express, { type RequestHandler } from 'express';
import busboy from 'busboy';
import { RestV1InvalidRequest } from './rest-v1.errors.js';

const LIMIT_BYTES = 256 * 1024;

/** multipart/form-data fields (no files: no endpoint here takes one) into req.body. */
const multipartFields: RequestHandler = (request, _response, next) => {
  if (!request.is('multipart/form-data')) return next();
  const fields: Record<string, string> = {};
  let form: busboy.Busboy;
  try {
    form = busboy({ headers: request.headers, limits: { files: 0, fields: 200, fieldSize: LIMIT_BYTES } });
  } catch {
    return next(new RestV1InvalidRequest([{ field: 'body', message: 'is not a valid form', missing: false }]));
  }
  form.on('field', (name, value) => {
    fields[name] = value;
  });
  form.on('close', () => {
    request.body = fields;
    next();
  });
  form.on('error', () =>
    next(new RestV1InvalidRequest([{ field: 'body', message: 'is not a valid form', missing: false }])),
  );
  request.pipe(form);
};

/** The three encodings OMniLeads (DRF's default parsers) accepts: JSON, url-encoded and multipart. */
export const restV1BodyParsers: RequestHandler[] = [
  express.json({ limit: LIMIT_BYTES }),
  express.urlencoded({ extended: false, limit: LIMIT_BYTES }),
  multipartFields,
];
