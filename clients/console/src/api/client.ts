import { inject, type App, type InjectionKey } from 'vue';
import { SwitchboardClient, SwitchboardError } from '@switchboard/sdk';
import { loadToken } from './token';

/** What the console uses of the SDK client; tests give a fake with the same shape. */
export type ApiClient = Pick<SwitchboardClient, 'request' | 'subscribe' | 'setToken' | 'close'>;

/** The GraphQL WebSocket as seen from outside graphql-ws: opened, or closed (dropped). */
export type SocketEvent = 'connecting' | 'open' | 'closed';

export interface CreateApiOptions {
  /** Defaults to `/graphql` on the page's origin (the api serves the console). */
  url?: string;
  onSocketEvent?: (event: SocketEvent) => void;
  /** A request made with a token was refused as UNAUTHENTICATED: the token no longer holds. */
  onUnauthenticated?: (error: SwitchboardError) => void;
}

export const apiKey: InjectionKey<ApiClient> = Symbol('switchboard-api');

/**
 * graphql-ws hides its socket; a WebSocket subclass handed to the SDK as `webSocketImpl`
 * tells the connection store when the link opens and drops, without changing the SDK.
 */
function observedWebSocket(onEvent: (event: SocketEvent) => void): typeof WebSocket {
  return class ObservedWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      onEvent('connecting');
      this.addEventListener('open', () => onEvent('open'));
      this.addEventListener('close', () => onEvent('closed'));
    }
  };
}

/** Tells when a token stops holding (expired, revoked by a password change, user locked). */
class WatchedClient implements ApiClient {
  private token: string | null;

  constructor(
    private readonly client: SwitchboardClient,
    token: string | null,
    private readonly onUnauthenticated: (error: SwitchboardError) => void,
  ) {
    this.token = token;
  }

  request: ApiClient['request'] = async (document, ...variables) => {
    const token = this.token;
    try {
      return await this.client.request(document, ...variables);
    } catch (error) {
      // Login answers UNAUTHENTICATED too (bad password, throttled): only a token in use counts.
      if (token && error instanceof SwitchboardError && error.code === 'UNAUTHENTICATED') this.onUnauthenticated(error);
      throw error;
    }
  };

  subscribe: ApiClient['subscribe'] = (document, variables, handlers) =>
    this.client.subscribe(document, variables, handlers);

  setToken(token: string | null): void {
    this.token = token;
    this.client.setToken(token);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

export function createApi(options: CreateApiOptions = {}): ApiClient {
  const url = options.url ?? new URL('/graphql', window.location.href).toString();
  const onSocketEvent = options.onSocketEvent;
  const token = loadToken();
  const client = new SwitchboardClient({
    url,
    token,
    ...(onSocketEvent && typeof WebSocket !== 'undefined' ? { webSocketImpl: observedWebSocket(onSocketEvent) } : {}),
  });
  return options.onUnauthenticated ? new WatchedClient(client, token, options.onUnauthenticated) : client;
}

export function provideApi(app: App, api: ApiClient): void {
  app.provide(apiKey, api);
}

/** The one API client of the app (created in main.ts). */
export function useApi(): ApiClient {
  const api = inject(apiKey, null);
  if (!api) throw new Error('useApi() outside the app: main.ts provides the API client');
  return api;
}
