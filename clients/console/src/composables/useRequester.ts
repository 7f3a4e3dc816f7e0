import { useApi, type ApiClient } from '@/api';

/** The one thing the screens need of the API client: run a typed operation. */
export type Requester = Pick<ApiClient, 'request'>;

export function useRequester(): Requester {
  return useApi();
}
