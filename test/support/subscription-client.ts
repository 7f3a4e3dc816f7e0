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
