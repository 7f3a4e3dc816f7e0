import express from 'express';
import type { HttpDependencies } from '../authenticate.js';
import { restV1BodyParsers } from './rest-v1.body.js';
import { addContactRoutes } from './rest-v1.contacts.routes.js';
import { addDispositionOptionRoutes, addDispositionRoutes } from './rest-v1.dispositions.routes.js';
import { createRestV1DocsRouter } from './rest-v1.docs.js';
import { restV1ErrorHandler } from './rest-v1.errors.js';
import { addLoginRoute } from './rest-v1.login.routes.js';
import { notFoundReply } from './rest-v1.route.js';

/**
 * OMniLeads' /api/v1 dialect (its REST contract, §1-§3 and §8) over the domain services GraphQL
 * uses; api/openapi.json describes it. makeCall and asterisk_* are not here yet.
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
  router.use((request, _response, next) => next(notFoundReply(request)));
  router.use(restV1ErrorHandler(dependencies.logger));
  return router;
}
