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
