import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { AudioFilesDocument, DeleteAudioFileDocument, type AudioRowFragment } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import { refusal, variablesOf } from './admin-spec-fixtures';
import AudioLibrary from './AudioLibrary.vue';

const welcome: AudioRowFragment = {
  id: '0b6f3a52-8f0e-4c1e-9a57-2f6f0d7e1a01',
  name: 'Welcome',
  originalFileName: 'welcome.mp3',
  durationSeconds: 4.25,
  sizeBytes: 68000,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const sorry: AudioRowFragment = { ...welcome, id: '0b6f3a52-8f0e-4c1e-9a57-2f6f0d7e1a02', name: 'Sorry' };

const fetchMock = vi.fn<typeof fetch>();
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const graphqlShape = (code: string, reason: string, details?: Record<string, unknown>) => ({
  errors: [{ message: 'in English', extensions: { code, reason, details } }],
});

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:played-audio');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

async function mountLibrary(
  api = new FakeApi().on(AudioFilesDocument, { audioFiles: [welcome, sorry] }),
  locale: 'en' | 'es' = 'en',
) {
  const mounted = mountScreen(AudioLibrary, { api, locale, state: { session: { token: 'token-1', me: null } } });
  await flushPromises();
  return mounted;
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountLibrary>>['wrapper'], file: File) {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

describe('AudioLibrary', () => {
  it('lists the audios by name with their file, duration and size', async () => {
    const { wrapper } = await mountLibrary();
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows.map((row) => row[0])).toEqual(['Sorry', 'Welcome']);
    expect(rows[1]!.slice(1, 4)).toEqual(['welcome.mp3', '4.3 s', '67 KB']);
  });

  it('uploads the file to POST /uploads/audio with the session token, and lists it', async () => {
    const created = { ...welcome, id: '0b6f3a52-8f0e-4c1e-9a57-2f6f0d7e1a03', name: 'Greeting' };
    fetchMock.mockResolvedValueOnce(json(201, created));
    const { wrapper } = await mountLibrary();
    const file = new File(['RIFF....WAVE'], 'greeting.wav', { type: 'audio/wav' });
    await wrapper.find('input[name="name"]').setValue(' Greeting ');
    await chooseFile(wrapper, file);
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const [url, init] = fetchMock.mock.calls[0]!;
    const target = new URL(String(url));
    expect(target.pathname).toBe('/uploads/audio');
    expect(Object.fromEntries(target.searchParams)).toEqual({ fileName: 'greeting.wav', name: 'Greeting' });
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer token-1' });
    expect(init?.body).toBe(file);
    expect(wrapper.find('[role="status"]').text()).toBe('Greeting was uploaded.');
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['Greeting', 'Sorry', 'Welcome']);
  });

  it('shows a refused file beside the upload form, in Spanish, tied to the file input', async () => {
    fetchMock.mockResolvedValueOnce(json(400, graphqlShape('BAD_USER_INPUT', 'AUDIO_INVALID_FILE')));
    const { wrapper } = await mountLibrary(undefined, 'es');
    await chooseFile(wrapper, new File(['not audio'], 'notes.txt'));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.find('form [role="alert"]');
    expect(alert.text()).toBe('El archivo no es un audio WAV o MP3 válido.');
    const input = wrapper.find('input[type="file"]');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain(alert.attributes('id'));
  });

  it('says a file is too large even when the 413 has no body', async () => {
    fetchMock.mockResolvedValueOnce(new Response('', { status: 413 }));
    const { wrapper } = await mountLibrary();
    await chooseFile(wrapper, new File(['x'], 'huge.wav'));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('form [role="alert"]').text()).toBe('The file is too large (at most 20 MB).');
  });

  it('plays an audio fetched from GET /audio/<id>.wav with the token', async () => {
    fetchMock.mockResolvedValueOnce(new Response(new Blob(['RIFF']), { status: 200 }));
    const { wrapper } = await mountLibrary();
    await wrapper.find('button[aria-label="Listen to Welcome"]').trigger('click');
    await flushPromises();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(new URL(String(url)).pathname).toBe(`/audio/${welcome.id}.wav`);
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer token-1' });
    const player = wrapper.find('audio');
    expect(player.attributes('src')).toBe('blob:played-audio');
    expect(wrapper.find(`label[for="${player.attributes('id')}"]`).text()).toBe('Playing Welcome');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Stop')!
      .trigger('click');
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:played-audio');
    expect(wrapper.find('audio').exists()).toBe(false);
  });

  it('refuses to delete an audio in use and names its users; deletes one that is not', async () => {
    let inUse = true;
    const api = new FakeApi()
      .on(AudioFilesDocument, { audioFiles: [welcome, sorry] })
      .on(DeleteAudioFileDocument, () => {
        if (inUse) throw refusal('CONFLICT', 'AUDIO_IN_USE', { uses: ['IVR Main menu'] });
        return { deleteAudioFile: true };
      });
    const { wrapper } = await mountLibrary(api);
    await wrapper.find('button[aria-label="Delete Welcome"]').trigger('click');
    await wrapper.find('button[aria-label="Confirm: delete Welcome"]').trigger('click');
    await flushPromises();
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('This audio is in use and cannot be deleted.');
    expect(alert.text()).toContain('Used by: IVR Main menu.');
    inUse = false;
    await wrapper.find('button[aria-label="Delete Sorry"]').trigger('click');
    await wrapper.find('button[aria-label="Confirm: delete Sorry"]').trigger('click');
    await flushPromises();
    expect(variablesOf(api, 'DeleteAudioFile')).toEqual({ id: sorry.id });
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['Welcome']);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
