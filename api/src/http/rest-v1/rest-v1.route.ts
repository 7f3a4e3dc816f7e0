import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { DomainContext } from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { restV1Context } from './rest-v1.authentication.js';
import { invalidRequest, RestV1Reply, type ErrorFamily } from './rest-v1.errors.js';
import { languageOf, message } from './rest-v1.messages.js';

/** The body, params or query as the schema reads them, or a 400 naming every field at fault. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const input = value ?? {};
  const result = schema.safeParse(input);
  if (!result.success) throw invalidRequest(result.error, input);
  return result.data;
}

export function notFoundReply(request: Request): RestV1Reply {
  return new RestV1Reply(404, { detail: message(languageOf(request), 'notFound') });
}

type ContextHandler = (context: DomainContext, request: Request, response: Response) => Promise<void>;

/**
 * A route: authenticate, then the handler (parse, one domain call, serialize). `family` says
 * how its failures look; Express 5 passes rejections to the error handler.
 */
export function authenticatedRoute(
  dependencies: HttpDependencies,
  family: ErrorFamily,
  handler: ContextHandler,
): RequestHandler {
  return async (request, response) => {
    response.locals['errorFamily'] = family;
    await handler(await restV1Context(dependencies, request), request, response);
  };
}
