import { describe, expect, it, vi } from 'vitest';
import { ConsoleMeDocument } from '../generated/graphql';
import { createApi } from './client';
import { saveToken } from './token';

function answering(body: unknown): typeof fetch {
  return (async () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

describe('the API client', () => {
  it('reports a refused token, not a refused login', async () => {
    const refused = { errors: [{ message: 'Log in first', extensions: { code: 'UNAUTHENTICATED' } }] };
    vi.stubGlobal('fetch', answering(refused));
    const onUnauthenticated = vi.fn();
    saveToken(null);
    const api = createApi({ url: 'http://127.0.0.1:1/graphql', onUnauthenticated });
    await expect(api.request(ConsoleMeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    api.setToken('expired');
    await expect(api.request(ConsoleMeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('starts with the token kept in sessionStorage', async () => {
    const seen: Array<string | null> = [];
    vi.stubGlobal('fetch', (async (_url: string, init: RequestInit) => {
      seen.push(new Headers(init.headers).get('authorization'));
      return new Response(JSON.stringify({ data: { me: null } }));
    }) as unknown as typeof fetch);
    saveToken('kept');
    await createApi({ url: 'http://127.0.0.1:1/graphql' }).request(ConsoleMeDocument);
    expect(seen).toEqual(['Bearer kept']);
    saveToken(null);
    vi.unstubAllGlobals();
  });
});
