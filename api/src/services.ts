import { AuthService, TokenService } from '@switchboard/schema';
import type { ApiConfig } from './config.js';

/** Services that need configuration; stateless domain services are imported where used. */
export interface Services {
  auth: AuthService;
  tokens: TokenService;
}

export function createServices(config: Pick<ApiConfig, 'AUTH_TOKEN_SECRET' | 'AUTH_TOKEN_TTL_SECONDS'>): Services {
  const tokens = new TokenService(config.AUTH_TOKEN_SECRET, config.AUTH_TOKEN_TTL_SECONDS);
  return { tokens, auth: new AuthService(tokens) };
}
