import express from 'express';
import type { HttpDependencies } from '../authenticate.js';
import { restV1BodyParsers } from './rest-v1.body.js';
import { addContactRoutes } from './rest-v1.contacts.routes.js';
import { addDispositionOptionRoutes, addDispositionRoutes } from './rest-v1.dispositions.routes.js';
import { createRestV1DocsRouter } from './rest-v1.docs.js';
import { restV1ErrorHandler, RestV1Reply } from './rest-v1.errors.js';
import { addLoginRoute } from './rest-v1.login.routes.js';
import { addAgentSessionRoutes } from './rest-v1.session.routes.js';
import { languageOf, message } from './rest-v1.messages.js';
import { notFoundReply } from './rest-v1.route.js';

/** The methods each path serves: any other gets 405 with Allow, as DRF answers (PATCH a disposition). */
const METHODS: Record<string, string[]> = {
  '/login': ['POST'],
  '/campaign/database_metadata': ['POST'],
  '/new_contact': ['POST'],
  '/campaign/:campaign/dispositionOptions': ['GET'],
  '/campaign/:campaign/dispositionOptions/:system': ['GET'],
  '/disposition': ['GET', 'POST'],
  '/disposition/:id': ['GET', 'PUT'],
  '/new_contact/disposition': ['POST'],
  '/asterisk_login': ['POST'],
  '/asterisk_logout': ['POST'],
  '/asterisk_pause': ['POST'],
  '/asterisk_unpause': ['POST'],
};

function refuseOtherMethods(router: express.Router): void {
  for (const [path, methods] of Object.entries(METHODS)) {
    router.all(path, (request, response, next) => {
      response.setHeader('Allow', [...methods, 'OPTIONS'].join(', '));
      const text = message(languageOf(request), 'methodNotAllowed').replace('{method}', request.method);
      next(new RestV1Reply(405, { detail: text }));
    });
  }
}

/**
 * OMniLeads' /api/v1 dialect (its REST contract, §1-§3 and §8) over the domain services GraphQL
 * uses; api/openapi.json describes it. makeCall is not here yet.
 */
export function createRestV1Router(dependencies: HttpDependencies): express.Router {
  // Not strict: every path answers with and without its trailing slash, never with a redirect.
  const router = express.Router({ strict: false, caseSensitive: true });
  router.use(createRestV1DocsRouter());
  router.use(restV1BodyParsers);
  addLoginRoute(router, dependencies);
  addContactRoutes(router, dependencies);
  addDispositionOptionRoutes(router, dependencies);
  addDispositionRoutes(router, dependencies);
  addAgentSessionRoutes(router, dependencies);
  refuseOtherMethods(router);
  router.use((request, _response, next) => next(notFoundReply(request)));
  router.use(restV1ErrorHandler(dependencies.logger));
  return router;
}
