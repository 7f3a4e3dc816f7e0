import type { Request } from 'express';
import type { DomainContext } from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { RestV1Reply } from './rest-v1.errors.js';
import { languageOf, message, type MessageKey } from './rest-v1.messages.js';

function refuse(request: Request, key: MessageKey): RestV1Reply {
  return new RestV1Reply(403, { detail: message(languageOf(request), key) });
}

/**
 * The token of `Authorization: Bearer <token>`, read as DRF's TokenAuthentication with keyword
 * Bearer does: the keyword in any case, then exactly one part. Another scheme (`Token`,
 * `Basic`) is not ours and counts as no credentials, as in OMniLeads.
 */
export function restV1Token(request: Request): string {
  const parts = (request.headers.authorization ?? '').trim().split(/\s+/);
  if (parts[0]?.toLowerCase() !== 'bearer') throw refuse(request, 'noCredentials');
  if (parts.length === 1) throw refuse(request, 'headerWithoutToken');
  if (parts.length > 2) throw refuse(request, 'headerWithSpaces');
  return parts[1]!;
}

/**
 * The caller, through the same AuthService as GraphQL (locks, deactivation and revocation apply
 * at once); its failures become 403 with OMniLeads' detail in the error handler.
 */
export async function restV1Context(dependencies: HttpDependencies, request: Request): Promise<DomainContext> {
  const token = restV1Token(request);
  const viewer = await dependencies.services.auth.authenticate(dependencies.orm.em.fork(), token);
  return { em: dependencies.orm.em.fork(), viewer, events: dependencies.events };
}
