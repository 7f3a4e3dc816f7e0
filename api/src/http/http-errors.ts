import type { ErrorRequestHandler, Response } from 'express';
import { DriverException } from '@mikro-orm/core';
import { DomainError, ErrorKind } from '@switchboard/schema';
import type { Logger } from 'pino';

/** The one mapping of domain error kinds to HTTP statuses, for every REST route. */
export const HTTP_STATUS: Readonly<Record<ErrorKind, number>> = {
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.CONFLICT]: 409,
};

interface ErrorBody {
  message: string;
  code: string;
  reason?: string;
  details?: Record<string, unknown>;
}

/**
 * REST errors have the shape of GraphQL errors, so that a client reads both the same way:
 * `{"errors": [{"message": ..., "extensions": {"code", "reason", "details"}}]}`.
 */
function sendError(response: Response, status: number, { message, ...extensions }: ErrorBody): void {
  if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
  response.status(status).json({ errors: [{ message, extensions }] });
}

/** Express error middleware for REST routers: domain errors by kind, the rest logged and masked. */
export function restErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (response.headersSent) {
      // A download failed or was abandoned halfway: the status is gone; cut the body short.
      const aborted = request.destroyed || (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
      if (aborted) logger.info({ path: request.path }, 'download abandoned by the client');
      else logger.error({ err: error, path: request.path }, 'download failed after it started');
      response.destroy();
      return;
    }
    if (error instanceof DomainError) {
      sendError(response, HTTP_STATUS[error.kind], {
        message: error.message,
        code: error.kind,
        reason: error.code,
        details: error.details,
      });
      return;
    }
    // Postgres "invalid input syntax" (an id that is not a UUID): the input was wrong, as in GraphQL.
    if (error instanceof DriverException && (error as { code?: string }).code === '22P02') {
      sendError(response, 400, {
        message: 'Invalid identifier or value',
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUE',
      });
      return;
    }
    logger.error({ err: error, path: request.path }, 'unexpected error');
    sendError(response, 500, { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
  };
}

/**
 * restErrorHandler for upload routes: the domain's "too large" (`tooLargeCode`, a BAD_USER_INPUT
 * to the domain) is HTTP's 413, and the connection is closed rather than the rest of a too-large
 * body read and thrown away.
 */
export function uploadErrorHandler(logger: Logger, tooLargeCode: string): ErrorRequestHandler {
  const rest = restErrorHandler(logger);
  return (error, request, response, next) => {
    if (error instanceof DomainError && error.code === tooLargeCode && !response.headersSent) {
      response.setHeader('Connection', 'close');
      sendError(response, 413, {
        message: error.message,
        code: error.kind,
        reason: error.code,
        details: error.details,
      });
      return;
    }
    rest(error, request, response, next);
  };
}
