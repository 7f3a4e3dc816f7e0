import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SubscriptionHandlers } from '@switchboard/sdk';
import type { ApiClient } from '../api/client';

type Handler = (variables: unknown) => unknown;

function operationName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return print(document).slice(0, 40);
}

interface Subscription {
  name: string;
  variables: unknown;
  handlers: SubscriptionHandlers<unknown>;
  closed: boolean;
}

/**
 * A fake of the API client for specs (the Directus way): it answers only the operations it was
 * told about and rejects any other, so a spec notices a request it did not expect.
 */
export class FakeApi implements ApiClient {
  readonly requests: Array<{ name: string; variables: unknown }> = [];
  readonly subscriptions: Subscription[] = [];
  token: string | null = null;
  private readonly handlers = new Map<string, Handler>();

  /** Answers `document` with `answer` (a value, or a function of the variables; may return a promise). */
  on<R, V>(document: TypedDocumentNode<R, V>, answer: R | ((variables: V) => R | Promise<R>)): this {
    const handler = typeof answer === 'function' ? (answer as Handler) : () => answer;
    this.handlers.set(operationName(document), handler);
    return this;
  }

  async request<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: [V?]): Promise<R> {
    const name = operationName(document);
    this.requests.push({ name, variables });
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`FakeApi: unexpected request ${name}`);
    return (await handler(variables)) as R;
  }

  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V, handlers: SubscriptionHandlers<R>): () => void {
    const subscription: Subscription = {
      name: operationName(document),
      variables,
      handlers: handlers as SubscriptionHandlers<unknown>,
      closed: false,
    };
    this.subscriptions.push(subscription);
    return () => {
      subscription.closed = true;
    };
  }

  /** Delivers data to the open subscriptions of an operation. */
  push<R, V>(document: TypedDocumentNode<R, V>, data: R): void {
    for (const subscription of this.open(document)) subscription.handlers.next(data);
  }

  /** Fails the open subscriptions of an operation, as graphql-ws does when it gives up. */
  fail<R, V>(document: TypedDocumentNode<R, V>, error: unknown = new Error('socket closed')): void {
    for (const subscription of this.open(document)) {
      subscription.closed = true;
      subscription.handlers.error?.(error);
    }
  }

  open<R, V>(document: TypedDocumentNode<R, V>): Subscription[] {
    const name = operationName(document);
    return this.subscriptions.filter((subscription) => subscription.name === name && !subscription.closed);
  }

  setToken(token: string | null): void {
    this.token = token;
  }

  async close(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.closed = true;
  }
}
