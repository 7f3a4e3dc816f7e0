import type { Response } from 'express';

/**
 * Headers for the pages the api serves to browsers (the console, the explorer): scripts only
 * from this origin, no framing by other sites, nothing sniffed. Inline styles stay allowed:
 * GraphiQL sets them from script. `frameSources` lets a page embed other origins (CRM pages).
 */
export function setPageSecurityHeaders(response: Response, frameSources: string[] = []): void {
  response.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "media-src 'self' blob:",
      "connect-src 'self' ws: wss:",
      `frame-src ${frameSources.length > 0 ? frameSources.join(' ') : "'none'"}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
}
