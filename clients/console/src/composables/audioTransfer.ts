import { SwitchboardError } from '@/api';
import type { AudioRowFragment } from '@/generated/graphql';

/**
 * The two audio routes beside GraphQL, with the session's bearer token as the api expects it
 * (an `<audio src>` cannot send a header, so playback is fetched and played from a blob URL).
 * Refusals come in the GraphQL error shape and become the same SwitchboardError as GraphQL's.
 */
export interface AudioTransferOptions {
  token: string | null;
  /** Where the api is; the page's origin by default (the api serves the console). */
  origin?: string;
  fetch?: typeof fetch;
}

function url(path: string, origin?: string): string {
  return new URL(path, origin ?? window.location.origin).toString();
}

function headers(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

// Without a JSON body (a proxy cut the connection), the status says what it can.
const STATUS_CODES: Record<number, { code: string; reason?: string }> = {
  400: { code: 'BAD_USER_INPUT' },
  401: { code: 'UNAUTHENTICATED' },
  403: { code: 'FORBIDDEN' },
  404: { code: 'NOT_FOUND' },
  409: { code: 'CONFLICT' },
  413: { code: 'BAD_USER_INPUT', reason: 'AUDIO_TOO_LARGE' },
};

async function refusal(response: Response): Promise<SwitchboardError> {
  const body = (await response.json().catch(() => null)) as {
    errors?: Array<{
      message?: string;
      extensions?: { code?: string; reason?: string; details?: Record<string, unknown> };
    }>;
  } | null;
  const first = body?.errors?.[0];
  const fallback = STATUS_CODES[response.status] ?? { code: 'INTERNAL_SERVER_ERROR' };
  return new SwitchboardError(
    first?.message ?? `HTTP ${response.status}`,
    first?.extensions?.code ?? fallback.code,
    first?.extensions?.reason ?? fallback.reason,
    first?.extensions?.details,
    undefined,
  );
}

export type UploadedAudio = Omit<AudioRowFragment, '__typename'>;

/** POST /uploads/audio: the file as the body; the server checks and converts it whatever its type says. */
export async function uploadAudio(file: File, name: string, options: AudioTransferOptions): Promise<UploadedAudio> {
  const query = new URLSearchParams({ fileName: file.name });
  if (name.trim()) query.set('name', name.trim());
  const response = await (options.fetch ?? fetch)(url(`/uploads/audio?${query}`, options.origin), {
    method: 'POST',
    headers: { ...headers(options.token), 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as UploadedAudio;
}

/** GET /audio/<id>.wav, as a blob to play. */
export async function downloadAudio(id: string, options: AudioTransferOptions): Promise<Blob> {
  const response = await (options.fetch ?? fetch)(url(`/audio/${encodeURIComponent(id)}.wav`, options.origin), {
    headers: headers(options.token),
  });
  if (!response.ok) throw await refusal(response);
  return response.blob();
}
