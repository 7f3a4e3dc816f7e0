import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type Request } from 'express';
import { setPageSecurityHeaders } from './page-security.js';

const here = dirname(fileURLToPath(import.meta.url));

/** clients/console/dist of this checkout, from api/src/http (tests) or api/dist/http (builds). */
export const DEFAULT_CONSOLE_DIRECTORY = resolve(here, '..', '..', '..', 'clients', 'console', 'dist');

/** Paths the api answers itself: never the console's page, even for a browser navigation. */
const API_PATHS = /^\/(graphql|explorer|exports|uploads|recordings|health|metrics|api)(\/|$)/;

function isPageNavigation(request: Request): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !API_PATHS.test(request.path) &&
    request.accepts(['text/html', 'application/json']) === 'text/html'
  );
}

/**
 * The built agent console at `/`: its hashed assets cached for good, and index.html for every
 * page navigation so that the console's own routes (/agenda, /calls…) survive a reload.
 */
export function createConsoleRouter(directory: string = DEFAULT_CONSOLE_DIRECTORY): Router {
  const router = Router();
  const indexFile = join(directory, 'index.html');
  router.use(
    '/assets',
    express.static(join(directory, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(
    express.static(directory, {
      index: false,
      maxAge: 0,
      // /index.html asked for by name is the same page as a navigation: the same headers.
      setHeaders: (response, path) => {
        if (path.endsWith('.html')) setPageSecurityHeaders(response);
      },
    }),
  );
  router.use((request, response, next) => {
    if (!isPageNavigation(request)) return next();
    setPageSecurityHeaders(response);
    response.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(indexFile)) {
      response
        .status(503)
        .type('text')
        .send(`The console is not built (${indexFile} is missing): run npm run console:build`);
      return;
    }
    response.sendFile(indexFile);
  });
  return router;
}
