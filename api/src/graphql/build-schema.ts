import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Subscriptions use their own `subscribe` functions over the EventBus (scoped per viewer,
    // snapshot first); type-graphql's topic-based pubSub must never be reached.
    pubSub: {
      publish: () => {
        throw new Error('use EventBus.publish');
      },
      subscribe: () => {
        throw new Error('use a subscribe function over EventBus');
      },
    },
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}
