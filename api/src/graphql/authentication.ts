import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { DomainError, type Orm, type Session } from '@switchboard/schema';
import type { Services } from '../services.js';

/** A domain authentication failure as a GraphQL error: the same shape over HTTP and WebSocket. */
export function authenticationError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.kind, reason: error.code, details: error.details, http: { status: 401 } },
  });
}

/** Verifies a token against the user as it is now; GraphQL UNAUTHENTICATED when it does not hold. */
export async function sessionFor(services: Services, orm: Orm, token: string): Promise<Session> {
  try {
    return await services.auth.session(orm.em.fork(), token);
  } catch (error) {
    throw error instanceof DomainError ? authenticationError(error) : error;
  }
}

/**
 * The client's address as express computes req.ip, for a request express did not see (the
 * WebSocket upgrade): walk X-Forwarded-For from the nearest hop while `trust` vouches for it.
 */
export function forwardedClientAddress(
  request: IncomingMessage,
  trust: (address: string, hop: number) => boolean,
): string | null {
  const nearest = request.socket.remoteAddress;
  if (!nearest) return null;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .reverse();
  const chain = [nearest, ...forwarded];
  for (let hop = 0; hop < chain.length - 1; hop += 1) {
    if (!trust(chain[hop]!, hop)) return chain[hop]!;
  }
  return chain[chain.length - 1]!;
}
