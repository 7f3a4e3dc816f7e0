export {
  apiKey,
  createApi,
  provideApi,
  useApi,
  type ApiClient,
  type CreateApiOptions,
  type SocketEvent,
} from './client';
export { loadToken, saveToken } from './token';
export { SwitchboardError } from '@switchboard/sdk';
