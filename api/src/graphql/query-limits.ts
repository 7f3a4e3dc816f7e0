import depthLimit from 'graphql-depth-limit';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

// The package's ESM build imports graphql's .mjs files: a second graphql beside the CommonJS
// one that type-graphql and Apollo use ("from another module or realm"). Its CommonJS build
// shares theirs.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export interface OperationLimits {
  maxDepth: number;
  maxComplexity: number;
}

export interface OperationRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A list's cost is its page size times what each node costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/**
 * THE check of an operation's depth and estimated cost, before it runs, for every transport
 * (Apollo over HTTP, graphql-ws): an empty list when it may run. Run it on a valid document.
 */
export function operationLimitErrors(
  schema: GraphQLSchema,
  limits: OperationLimits,
  { document, operationName, variables }: OperationRequest,
): GraphQLError[] {
  const tooDeep = validate(schema, document, [depthLimit(limits.maxDepth)]);
  if (tooDeep.length > 0) {
    return tooDeep.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP', http: { status: 400 } },
        }),
    );
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // It coerces the variables: one of the wrong type is the caller's mistake.
    if (!(error instanceof GraphQLError)) throw error;
    return [new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })];
  }
  if (complexity <= limits.maxComplexity) return [];
  return [
    new GraphQLError(`Query is too complex: ${complexity}; the limit is ${limits.maxComplexity}`, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    }),
  ];
}

/** operationLimitErrors for Apollo: refuses the operation before execution. */
export function operationLimitsPlugin(schema: GraphQLSchema, limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const [first] = operationLimitErrors(schema, limits, {
            document,
            operationName: request.operationName,
            variables: request.variables,
          });
          if (first) throw first;
        },
      };
    },
  };
}
