import type { ApiServer } from '../../api/src/server.js';

export interface RestReply {
  status: number;
  body: any;
  headers: Headers;
}

export interface RestRequest {
  token?: string;
  /** Sent as JSON, unless `encoding` says otherwise. */
  body?: Record<string, unknown>;
  encoding?: 'json' | 'form' | 'multipart';
  headers?: Record<string, string>;
}

function encode(body: Record<string, unknown>, encoding: RestRequest['encoding']): { body: BodyInit; type?: string } {
  if (encoding === 'form') {
    return {
      body: new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)])).toString(),
      type: 'application/x-www-form-urlencoded',
    };
  }
  if (encoding === 'multipart') {
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) form.append(key, String(value));
    return { body: form };
  }
  return { body: JSON.stringify(body), type: 'application/json' };
}

/** A request to the api's /api/v1, as a CRM sends it; redirects are not followed (there must be none). */
export function restClient(api: ApiServer) {
  const origin = new URL(api.url).origin;
  return async (method: string, path: string, request: RestRequest = {}): Promise<RestReply> => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.token) headers['authorization'] = `Bearer ${request.token}`;
    let body: BodyInit | undefined;
    if (request.body) {
      const encoded = encode(request.body, request.encoding);
      body = encoded.body;
      if (encoded.type) headers['content-type'] = encoded.type;
    }
    const response = await fetch(`${origin}/api/v1${path}`, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (the docs page): kept as text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
}

/** OMniLeads' login: the token a CRM sends as Bearer. */
export async function restToken(api: ApiServer, username: string, password: string): Promise<string> {
  const reply = await restClient(api)('POST', '/login', { body: { username, password } });
  if (reply.status !== 200) throw new Error(`login failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.token;
}
