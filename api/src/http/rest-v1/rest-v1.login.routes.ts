import type { Router } from 'express';
import type { z } from 'zod';
import { DomainError } from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { RestV1Reply } from './rest-v1.errors.js';
import { languageOf, message } from './rest-v1.messages.js';
import { parse } from './rest-v1.route.js';
import * as schemas from './rest-v1.schemas.js';

/**
 * §3.1: a token from the platform's AuthService (throttle, lockout and deactivation apply as
 * for GraphQL's login). Authorization is ignored: a stale token must not stop a new login.
 */
export function addLoginRoute(router: Router, dependencies: HttpDependencies): void {
  router.post('/login', async (request, response) => {
    response.locals['errorFamily'] = 'plain';
    const body = parse(schemas.LoginBody, request.body);
    const language = languageOf(request);
    try {
      const { token, expiresAt, user } = await dependencies.services.auth.login(
        dependencies.orm.em.fork(),
        body.username,
        body.password,
        request.ip ?? null,
      );
      const expiresIn = Math.max(0, (expiresAt.getTime() - Date.now()) / 1000);
      response.json({
        token,
        expires_in: expiresIn.toFixed(6),
        user: {
          first_name: user.firstName,
          last_name: user.lastName,
          email: user.email ?? '',
          ...(user.agentProfile ? { agent_id: user.agentProfile.id } : {}),
        },
      } satisfies z.input<typeof schemas.LoginResponse>);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'AUTH_THROTTLED') {
        response.setHeader('Retry-After', String(error.details['retryAfterSeconds']));
        throw new RestV1Reply(429, { detail: message(language, 'throttled') });
      }
      // Wrong password, unknown, locked or deactivated user: one literal answer, as OMniLeads gives.
      if (error instanceof DomainError && error.code.startsWith('AUTH_')) {
        throw new RestV1Reply(404, { detail: message(language, 'invalidCredentials') });
      }
      throw error;
    }
  });
}
