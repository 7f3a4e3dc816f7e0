import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export interface Subscription<T> {
  received: T[];
  errors: unknown[];
  closed: Promise<void>;
  dispose(): void;
}

/** Subscribes over graphql-ws, collecting every payload. */
export function subscribe<T = Record<string, any>>(
  wsUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> & { client: Client } {
  const received: T[] = [];
  const errors: unknown[] = [];
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: (error) => errors.push(error),
  });
  let dispose: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) errors.push(value.errors);
          if (value.data) received.push(value.data as T);
        },
        error: (error) => {
          errors.push(error);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return {
    client,
    received,
    errors,
    closed,
    dispose: () => {
      dispose();
      void client.dispose();
    },
  };
}

export interface SocketResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
  /** Set when the socket closed before the operation answered. */
  closed?: { code: number; reason: string };
}

/** A graphql-ws connection for queries and mutations too, recording how it closed. */
export function openSocket(wsUrl: string, token: string | null, headers: Record<string, string> = {}) {
  let closedWith: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  // Headers of the upgrade request, e.g. X-Forwarded-For as a proxy in front would send it.
  class WebSocketWithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closedWith(event as { code: number; reason: string }) },
    // A close is what some tests wait for: `closed` records it.
    onNonLazyError: () => undefined,
  });
  const request = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
    new Promise<SocketResult<T>>((resolve) => {
      let result: SocketResult<T> = {};
      client.subscribe<T>(
        { query, variables },
        {
          next: (value) => (result = value as SocketResult<T>),
          error: (error) =>
            resolve(
              Array.isArray(error)
                ? { errors: error }
                : { closed: { code: (error as { code: number }).code, reason: (error as { reason: string }).reason } },
            ),
          complete: () => resolve(result),
        },
      );
    });
  return { client, closed, request, dispose: () => void client.dispose() };
}
