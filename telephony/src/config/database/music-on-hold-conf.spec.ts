import { describe, expect, it } from 'vitest';
import { audioSoundName, mohClassName } from './audio-sounds.js';
import { mohFileNames, musicOnHoldConf } from './music-on-hold-conf.js';

const playlist = '7d4c2a10-2222-4000-8000-00000000000b';
const first = '5a0e0c3e-3333-4000-8000-000000000002';
const second = '5a0e0c3e-3333-4000-8000-000000000001';

describe('music on hold classes', () => {
  it('names files so that sort=alpha plays the playlist order, repeats included', () => {
    const names = mohFileNames({ id: playlist, audioIds: [first, second, first] });
    expect(names).toEqual([`001-audio-${first}.wav`, `002-audio-${second}.wav`, `003-audio-${first}.wav`]);
    expect([...names].sort()).toEqual(names);
  });

  it('writes a files-mode class per playlist with audios, none for an empty one', () => {
    const conf = musicOnHoldConf([
      { id: playlist, audioIds: [first] },
      { id: '7d4c2a10-2222-4000-8000-00000000000c', audioIds: [] },
    ]);
    expect(conf).toContain(
      `[${mohClassName(playlist)}]\nmode = files\ndirectory = /var/lib/switchboard/moh/sb-moh-${playlist}\nsort = alpha\n`,
    );
    expect(conf).not.toContain('00000000000c]');
  });

  it('lets only UUIDs into file names and class names', () => {
    expect(() => mohClassName('x]\n[evil')).toThrow(/UUID/);
    expect(() => audioSoundName('../../etc/passwd')).toThrow(/UUID/);
    expect(() => musicOnHoldConf([{ id: playlist, audioIds: ['a/../b'] }])).toThrow(/UUID/);
    expect(audioSoundName(first.toUpperCase())).toBe(`switchboard/audio-${first}`);
  });
});
