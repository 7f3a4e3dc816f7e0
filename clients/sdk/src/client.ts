import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client as WebSocketClient } from 'graphql-ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as the Switchboard API returns it: `extensions.code` is always set. */
export class SwitchboardError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason: string | undefined,
    readonly details: Record<string, unknown> | undefined,
    readonly path: ReadonlyArray<string | number> | undefined,
  ) {
    super(message);
    this.name = 'SwitchboardError';
  }
}

export interface SwitchboardClientOptions {
  /** HTTP endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** WebSocket endpoint; defaults to `url` with ws:// or wss://. */
  wsUrl?: string;
  /** Bearer token from `login`; can be set later with `setToken`. */
  token?: string | null;
  /** fetch implementation; defaults to the global one (browsers, Node 18+). */
  fetch?: typeof fetch;
  /** WebSocket implementation for Node (`import WebSocket from 'ws'`); browsers have one. */
  webSocketImpl?: unknown;
}

export interface SubscriptionHandlers<T> {
  next: (data: T) => void;
  error?: (error: unknown) => void;
  complete?: () => void;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

interface WireError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

function toError(errors: ReadonlyArray<WireError>): SwitchboardError {
  const first = errors[0]!;
  const extensions = first.extensions ?? {};
  return new SwitchboardError(
    first.message,
    String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR'),
    extensions['reason'] as string | undefined,
    extensions['details'] as Record<string, unknown> | undefined,
    first.path,
  );
}

/**
 * A small typed client for the Switchboard GraphQL API: queries and mutations over HTTP,
 * subscriptions over graphql-ws, typed by the operations in `generated/graphql.ts`.
 */
export class SwitchboardClient {
  private token: string | null;
  private socket: WebSocketClient | null = null;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: SwitchboardClientOptions) {
    this.token = options.token ?? null;
    this.fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Uses a new token for later requests; reconnects subscriptions with it. */
  setToken(token: string | null): void {
    this.token = token;
    void this.socket?.dispose();
    this.socket = null;
  }

  /** Runs a query or mutation; throws SwitchboardError when the API answers with errors. */
  async request<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: Variables<V>): Promise<R> {
    const response = await this.fetcher(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    const body = (await response.json()) as ExecutionResult<R>;
    if (body.errors?.length) throw toError(body.errors);
    return body.data as R;
  }

  /** Starts a subscription; returns a function that stops it. */
  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V, handlers: SubscriptionHandlers<R>): () => void {
    return this.webSocket().subscribe<R>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (result) =>
          result.errors?.length ? handlers.error?.(toError(result.errors)) : handlers.next(result.data as R),
        error: (error) => handlers.error?.(error),
        complete: () => handlers.complete?.(),
      },
    );
  }

  /** Closes the WebSocket, if one is open. */
  async close(): Promise<void> {
    await this.socket?.dispose();
    this.socket = null;
  }

  private webSocket(): WebSocketClient {
    this.socket ??= createClient({
      url: this.options.wsUrl ?? this.options.url.replace(/^http/, 'ws'),
      connectionParams: () => (this.token ? { authorization: `Bearer ${this.token}` } : {}),
      ...(this.options.webSocketImpl ? { webSocketImpl: this.options.webSocketImpl } : {}),
    });
    return this.socket;
  }
}

export function createSwitchboardClient(options: SwitchboardClientOptions): SwitchboardClient {
  return new SwitchboardClient(options);
}
