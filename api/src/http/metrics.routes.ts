import { Router } from 'express';
import { writeMetrics } from '@switchboard/schema';
import type { ApiMetrics } from '../observability/api-metrics.js';

/** GET /metrics for Prometheus: token-guarded (METRICS_TOKEN), 404 while none is configured. */
export function createMetricsRouter(metrics: ApiMetrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', (request, response, next) => {
    writeMetrics(metrics.registry, token, request, response).catch(next);
  });
  return router;
}
