import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@switchboard/schema';

/**
 * A throttled login answers HTTP 429 with Retry-After, as clients and proxies expect; the body
 * keeps the GraphQL shape (UNAUTHENTICATED, reason AUTH_THROTTLED, details.retryAfterSeconds).
 */
export function throttledLoginPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original instanceof DomainError) || original.code !== 'AUTH_THROTTLED') continue;
            response.http.status = 429;
            response.http.headers.set('retry-after', String(original.details['retryAfterSeconds']));
          }
        },
      };
    },
  };
}
