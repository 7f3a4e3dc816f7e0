import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DriverException } from '@mikro-orm/core';
import { DomainError } from '@switchboard/schema';
import type { Logger } from 'pino';

/**
 * The error a resolver or a subscription stream threw. graphql-ws wraps what a stream throws in
 * a GraphQLError without a path, which unwrapResolverError leaves wrapped.
 */
function originalOf(error: unknown): unknown {
  let original = unwrapResolverError(error);
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  return original;
}

/**
 * The one place errors become GraphQL errors: domain kinds become extensions.code, input
 * validation becomes BAD_USER_INPUT with each field's problems, anything unexpected is logged
 * and masked, and no error carries more than code, reason and details in its extensions.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    if (original instanceof DomainError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: original.kind, reason: original.code, details: original.details },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors.flatMap(function flatten(item): Array<{
        field: string;
        problems: string[];
      }> {
        const own = item.constraints ? [{ field: item.property, problems: Object.values(item.constraints) }] : [];
        const nested = (item.children ?? []).flatMap(flatten).map((child) => ({
          ...child,
          field: `${item.property}.${child.field}`,
        }));
        return [...own, ...nested];
      });
      const summary = problems.map((problem) => `${problem.field}: ${problem.problems.join('; ')}`).join(' | ');
      return {
        ...formatted,
        message: `Invalid input: ${summary}`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION', details: { problems } },
      };
    }
    // Postgres "invalid input syntax" (e.g. an id that is not a UUID): the input was wrong.
    if (original instanceof DriverException && (original as { code?: string }).code === '22P02') {
      return {
        ...formatted,
        message: 'Invalid identifier or value',
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
      };
    }
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' || (!code && !(original instanceof GraphQLError))) {
      logger.error({ err: original, path: formatted.path }, 'unexpected error');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: publicExtensions(formatted.extensions) };
  };
}

/**
 * What a client may read of an error's extensions. Anything else (Apollo's stacktrace outside
 * production, `exception`, the `http` hint when it travels over WebSocket) stays on the server.
 */
function publicExtensions(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const { code, reason, details } = extensions ?? {};
  return Object.fromEntries(Object.entries({ code, reason, details }).filter(([, value]) => value !== undefined));
}
