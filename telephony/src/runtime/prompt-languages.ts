import { readdir } from 'node:fs/promises';
// A language folder: `es`, `en_US`, `en_US_f_Allison`; not `custom`, `recordings` or ours.
import { PROMPT_LANGUAGE } from '@switchboard/schema';
import { soundsHostDirectory } from '../config/database/audio-sounds.js';
import type { TelephonyConfig } from '../telephony.config.js';
import { CHROOT_PACKAGES } from './chroot.provisioner.js';

/**
 * The system prompts' languages Debian packages (asterisk-core-sounds-<lang>-<codec>) in its
 * current suite; the pbx setup installs those CHROOT_PACKAGES names.
 */
export const DEBIAN_PROMPT_LANGUAGES = ['en', 'es', 'fr', 'it', 'ru'] as const;

export interface PromptLanguageInfo {
  /** What CHANNEL(language) takes: a folder of Asterisk's sounds (en, es, en_US...). */
  code: string;
  installed: boolean;
  /** The Debian package the pbx setup installs for it, if any. */
  setupPackage: string | null;
}

const SOUNDS_PACKAGE = /^asterisk-core-sounds-([a-z]{2,3})-[a-z0-9]+$/;

/** Installed languages (the sounds folder's language folders) and those the pbx setup installs. */
export async function promptLanguages(config: Pick<TelephonyConfig, 'PBX_DIR'>): Promise<PromptLanguageInfo[]> {
  const folders = await readdir(soundsHostDirectory(config)).catch(() => [] as string[]);
  const installed = new Set(folders.filter((name) => PROMPT_LANGUAGE.test(name)));
  const packages = new Map<string, string>();
  for (const name of CHROOT_PACKAGES) {
    const match = SOUNDS_PACKAGE.exec(name);
    if (match) packages.set(match[1]!, name);
  }
  const codes = [...new Set([...installed, ...packages.keys()])].sort();
  return codes.map((code) => ({ code, installed: installed.has(code), setupPackage: packages.get(code) ?? null }));
}
