import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { carryOverDataFolders, chrootDataFolders } from './chroot.provisioner.js';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a rebuilt chroot', () => {
  it('takes over the uploaded audios and recordings of the old one, and nothing else', async () => {
    root = await mkdtemp(join(tmpdir(), 'sb-chroot-'));
    const [old, fresh] = [join(root, 'chroot'), join(root, 'chroot.new')];
    const folders = chrootDataFolders({ PBX_RECORDINGS_DIR: '/var/spool/switchboard/recordings' });
    expect(folders).toEqual(['/usr/share/asterisk/sounds/switchboard', '/var/spool/switchboard/recordings']);
    await mkdir(join(old, folders[0]!), { recursive: true });
    await writeFile(join(old, folders[0]!, 'audio-1.wav'), 'audio');
    await mkdir(join(old, 'etc'), { recursive: true });
    await writeFile(join(old, 'etc/old.conf'), 'old');
    await mkdir(join(fresh, '/usr/share/asterisk/sounds/en'), { recursive: true });

    await carryOverDataFolders(old, fresh, folders);
    expect(await readFile(join(fresh, folders[0]!, 'audio-1.wav'), 'utf8')).toBe('audio');
    await expect(readFile(join(fresh, 'etc/old.conf'))).rejects.toThrow();
    await expect(readFile(join(fresh, folders[1]!))).rejects.toThrow(); // absent in the old one: skipped
  });
});
