import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { build, type Rolldown } from 'vite';

/** JsSIP ships no browser bundle: bundle its CommonJS build as an IIFE exposing `JsSIP`. */
async function bundleJsSip(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('jssip');
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'JsSIP' },
    },
  })) as Rolldown.RolldownOutput[];
  return output[0]!.output[0].code;
}

export interface WebphonePage {
  url: string;
  close(): void;
}

/** An empty page with JsSIP loaded, on an ephemeral port (the page's origin needs no TLS on localhost). */
export async function serveJsSipPage(): Promise<WebphonePage> {
  const script = await bundleJsSip();
  const server = http.createServer((request, response) => {
    if (request.url === '/jssip.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/jssip.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
