import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type Request } from 'express';
import { setPageSecurityHeaders } from './page-security.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
// api/public, from both api/src/http (tests) and api/dist/http (builds): tsc copies no assets.
const explorerSources = join(here, '..', '..', 'public', 'explorer');

/** The files of the explorer page, all from installed packages: it works with no internet. */
const packageFile = (name: string, path: string) => join(dirname(require.resolve(`${name}/package.json`)), path);
const ASSETS: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'explorer.js': join(explorerSources, 'explorer.js'),
};

/** A browser opening /graphql (an HTML navigation, no query in it) gets the explorer page. */
export function wantsExplorer(request: Request): boolean {
  return (
    request.method === 'GET' &&
    request.query['query'] === undefined &&
    request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/**
 * GraphiQL, bundled: Apollo's landing page loads Apollo Sandbox from a CDN, which a machine
 * without internet cannot reach. Mount the router before Apollo's middleware.
 */
export function createExplorerRouter(): Router {
  const page = readFileSync(join(explorerSources, 'explorer.html'));
  const router = Router();
  // A middleware, not router.get: a route would answer CORS preflights (OPTIONS) itself with
  // its own Allow header, before the cors middleware of /graphql could.
  router.use('/graphql', (request, response, next) => {
    if (request.path !== '/' || !wantsExplorer(request)) return next();
    setPageSecurityHeaders(response);
    response.type('html').send(page);
  });
  router.get('/explorer/assets/:name', (request, response, next) => {
    const file = ASSETS[request.params['name'] as string];
    if (!file) return next();
    setPageSecurityHeaders(response);
    response.sendFile(file, { maxAge: '1h' });
  });
  return router;
}
