import type { Router } from 'express';
import type { z } from 'zod';
import { invalidInput, type DomainContext } from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { authenticatedRoute, parse } from './rest-v1.route.js';
import * as schemas from './rest-v1.schemas.js';

type SessionResponse = z.input<typeof schemas.SessionResponse>;

/** OMniLeads' pause ids that are not pauses: after-call work and supervision happen to agents here. */
const NOT_PAUSES: Record<string, string> = {
  '0': '"0" (ACW) is no pause an agent takes: after-call work starts by itself when a call ends',
  '00': '"00" (Supervision) is no pause an agent takes: a supervisor forces it',
};

/**
 * §3.10 asterisk_login, asterisk_logout, asterisk_pause, asterisk_unpause: the calling agent's
 * own session, through AgentSessionService as GraphQL's agentLogin, agentLogout, agentPause and
 * agentUnpause. Always 200 with {status: OK|ERROR} as OMniLeads answers (ERROR says why); a
 * missing or non-string pause_id is a 400, where OMniLeads fails with a 500.
 */
export function addAgentSessionRoutes(router: Router, dependencies: HttpDependencies): void {
  const { agentSessions } = dependencies.services;
  const session = (act: (context: DomainContext, body: unknown) => Promise<unknown>) =>
    authenticatedRoute(dependencies, 'session', async (context, request, response) => {
      await act(context, request.body);
      response.json({ status: 'OK' } satisfies SessionResponse);
    });

  router.post(
    '/asterisk_login',
    session((context) => agentSessions.login(context.em, context.viewer)),
  );
  router.post(
    '/asterisk_logout',
    session((context) => agentSessions.logout(context.em, context.viewer)),
  );
  router.post(
    '/asterisk_pause',
    session((context, body) => {
      const { pause_id: pauseId } = parse(schemas.PauseBody, body);
      const refused = NOT_PAUSES[pauseId];
      if (refused) throw invalidInput('pause_id', refused);
      return agentSessions.pause(context.em, context.viewer, pauseId);
    }),
  );
  router.post(
    '/asterisk_unpause',
    session((context) => agentSessions.unpause(context.em, context.viewer)),
  );
}
