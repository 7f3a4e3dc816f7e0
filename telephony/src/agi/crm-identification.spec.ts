import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCrm, crmVerdict } from './crm-identification.js';

const CAMPAIGN = '0b4c7a52-6f0e-4d8e-9a51-3a1f2a6e1c11';

describe('crmVerdict', () => {
  it('reads true, false and X,Y the way OMniLeads CRMs send them', () => {
    expect(crmVerdict({ status: 'ok', destination: 'true' }, false)).toEqual({ kind: 'IDENTIFIED' });
    expect(crmVerdict({ status: 'ok', destination: 'false' }, false).kind).toBe('NOT_IDENTIFIED');
    expect(crmVerdict({ status: 'ok', destination: `1,${CAMPAIGN}` }, true)).toEqual({
      kind: 'DESTINATION',
      type: 'CAMPAIGN',
      id: CAMPAIGN,
    });
    expect(crmVerdict({ status: 'ok', destination: `IVR,${CAMPAIGN}` }, true)).toMatchObject({ type: 'IVR' });
    expect(crmVerdict({ status: 'ok', destination: '5,0' }, true)).toEqual({
      kind: 'DESTINATION',
      type: 'HANGUP',
      id: null,
    });
    expect(crmVerdict({ status: 'ok', destination: true }, false)).toEqual({ kind: 'IDENTIFIED' });
  });

  it('turns everything else into not identified', () => {
    const bad: unknown[] = [
      null,
      'ok',
      { status: 'fail', destination: 'true' },
      { destination: 'true' },
      { status: 'ok', destination: `1,${CAMPAIGN}` }, // a true/false node does not route
      { status: 'ok', destination: 7 },
    ];
    for (const body of bad) expect(crmVerdict(body, false).kind).toBe('NOT_IDENTIFIED');
    for (const destination of ['4,1', '1,3', `1,${CAMPAIGN},x`, `1,${CAMPAIGN})`, 'x,y', `1,../${CAMPAIGN}`])
      expect(crmVerdict({ status: 'ok', destination }, true).kind).toBe('NOT_IDENTIFIED');
  });
});

describe('askCrm against a real HTTP server', () => {
  let server: Server;
  let url: string;
  const seen: { userAgent?: string; contentType?: string; body: string }[] = [];
  const replies: Record<string, (response: ServerResponse) => void> = {
    '/ok': (response) => response.end(JSON.stringify({ status: 'ok', destination: 'true' })),
    '/500': (response) => {
      response.statusCode = 500;
      response.end('{"status":"ok","destination":"true"}');
    },
    '/garbage': (response) => response.end('{"status": ok'),
    '/slow': (response) => setTimeout(() => response.end('{"status":"ok","destination":"true"}'), 1500),
  };

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ userAgent: request.headers['user-agent'], contentType: request.headers['content-type'], body });
        replies[request.url ?? '']?.(response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = (path: string, timeoutMs = 1000) =>
    askCrm({ url: `${url}${path}`, idContact: '12345', timeoutMs, expectDestination: false });

  it("posts idContact with OMniLeads' user agent", async () => {
    expect(await ask('/ok')).toEqual({ kind: 'IDENTIFIED' });
    expect(seen.at(-1)).toEqual({
      userAgent: 'OMniLeads',
      contentType: 'application/x-www-form-urlencoded',
      body: 'idContact=12345',
    });
  });

  it('answers not identified when the CRM fails, is slow, talks garbage or is down', async () => {
    expect(await ask('/500')).toMatchObject({ kind: 'NOT_IDENTIFIED', reason: 'CRM answered HTTP 500' });
    expect(await ask('/garbage')).toMatchObject({ kind: 'NOT_IDENTIFIED', reason: 'reply is not JSON' });
    const started = performance.now();
    expect(await ask('/slow', 300)).toMatchObject({ kind: 'NOT_IDENTIFIED', reason: 'CRM timed out' });
    expect(performance.now() - started).toBeLessThan(1200);
    const down = await askCrm({ url: 'http://127.0.0.1:1/', idContact: '1', timeoutMs: 500, expectDestination: false });
    expect(down).toMatchObject({ kind: 'NOT_IDENTIFIED', reason: 'CRM unreachable' });
  });
});
