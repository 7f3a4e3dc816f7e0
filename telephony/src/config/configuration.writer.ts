import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConfigurationFiles } from './base-configuration.js';

/** A stable digest of a set of files: a running Asterisk whose digest differs is stale. */
export function configurationDigest(files: ConfigurationFiles): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\0`);
  return hash.digest('hex');
}

/**
 * Writes the files into a folder that holds nothing else: a file left from an earlier
 * configuration would otherwise still be read by Asterisk. Secrets are inside, hence 0600.
 */
export async function writeConfiguration(folder: string, files: ConfigurationFiles): Promise<string> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const stale = (await readdir(folder)).filter((name) => !files.has(name));
  await Promise.all(stale.map((name) => rm(join(folder, name), { recursive: true, force: true })));
  await Promise.all([...files].map(([name, content]) => writeFile(join(folder, name), content, { mode: 0o600 })));
  return configurationDigest(files);
}
