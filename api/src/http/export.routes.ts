import { Router, type Request, type RequestHandler } from 'express';
import cors from 'cors';
import {
  openCampaignResultsExport,
  openContactDatabaseExport,
  writeCsv,
  type CsvExport,
  type DomainContext,
} from '@switchboard/schema';
import { requestContext, type HttpDependencies } from './authenticate.js';
import { restErrorHandler } from './http-errors.js';

type OpenExport = (context: DomainContext, request: Request<{ id: string }>) => Promise<CsvExport>;

/**
 * A streamed CSV download: every check (token, permission, scope) happens before the first
 * byte, so refusals get their status; the body then streams with chunked encoding.
 */
function csvDownload(dependencies: HttpDependencies, open: OpenExport): RequestHandler<{ id: string }> {
  return async (request, response) => {
    const csv = await open(await requestContext(dependencies, request), request);
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${csv.fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    await writeCsv(csv, response);
  };
}

/**
 * CSV exports over REST, where large bodies stream (GraphQL would build them in memory),
 * authenticated with the same bearer token as GraphQL. Mounted at /exports.
 */
export function createExportRouter(dependencies: HttpDependencies): Router {
  const router = Router();
  // Browser clients read the file name from another origin only if it is exposed.
  router.use(cors({ exposedHeaders: ['Content-Disposition'] }));
  router.get(
    '/contact-databases/:id.csv',
    csvDownload(dependencies, (context, request) => openContactDatabaseExport(context, request.params.id)),
  );
  router.get(
    '/campaigns/:id/results.csv',
    csvDownload(dependencies, (context, request) => openCampaignResultsExport(context, request.params.id)),
  );
  router.use(restErrorHandler(dependencies.logger));
  return router;
}
