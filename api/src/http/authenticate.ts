import type { Request } from 'express';
import type { Logger } from 'pino';
import { CommonErrors, type DomainContext, type EventBus, type Orm, type Viewer } from '@switchboard/schema';
import type { Services } from '../services.js';

/** What REST routes need from the api process; the same objects GraphQL uses. */
export interface HttpDependencies {
  orm: Orm;
  events: EventBus;
  services: Services;
  logger: Logger;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/** The caller of a REST request, authenticated as GraphQL does it; UNAUTHENTICATED (401) otherwise. */
export async function authenticateRequest(dependencies: HttpDependencies, request: Request): Promise<Viewer> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw CommonErrors.create('UNAUTHENTICATED', 'Log in first: send Authorization: Bearer <token>');
  return dependencies.services.auth.authenticate(dependencies.orm.em.fork(), token);
}

/** A DomainContext per request, with its own EntityManager, as for a GraphQL operation. */
export async function requestContext(dependencies: HttpDependencies, request: Request): Promise<DomainContext> {
  const viewer = await authenticateRequest(dependencies, request);
  return { em: dependencies.orm.em.fork(), viewer, events: dependencies.events };
}
