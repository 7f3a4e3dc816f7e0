import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One Prometheus registry per process: the process's default metrics (CPU, memory, event-loop
 * lag, GC) labelled with the service, plus whatever the process's modules register on it.
 * Modules take the registry as a parameter rather than using prom-client's global one, so that
 * tests (and several services in one test process) never share counters.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  return registry;
}

/**
 * Whether a scrape may read the metrics: they name campaigns and reveal traffic, so a scraper
 * presents `Authorization: Bearer <METRICS_TOKEN>`; without a configured token nothing is served.
 */
export function metricsScrapeAllowed(token: string | undefined, authorization: string | undefined): boolean {
  if (!token) return false;
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers GET /metrics for a registry (the api mounts it in express; workers use serveMetrics). */
export async function writeMetrics(
  registry: Registry,
  token: string | undefined,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (!token) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('metrics are off: set METRICS_TOKEN\n');
    return;
  }
  if (!metricsScrapeAllowed(token, request.headers.authorization)) {
    response
      .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer realm="metrics"' })
      .end('a bearer token is required\n');
    return;
  }
  const body = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType }).end(body);
}

/**
 * A worker's metrics endpoint: its own small HTTP server (workers have no other), on loopback
 * unless told otherwise. Port 0 picks a free one (tests read `address()`).
 */
export async function serveMetrics(
  registry: Registry,
  options: { port: number; host: string; token: string | undefined },
): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    writeMetrics(registry, options.token, request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}
