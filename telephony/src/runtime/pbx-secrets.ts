import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** Credentials generated once per PBX_DIR, so that nothing secret is committed or guessed. */
export interface PbxSecrets {
  amiSecret: string;
  /** Test phone name -> SIP password. */
  testPhones: Record<string, string>;
}

/** The test phones every PBX has; agents' own endpoints come from the database later. */
export const TEST_PHONE_NAMES = ['test-phone-1', 'test-phone-2', 'test-phone-3', 'test-phone-4'] as const;

const secret = () => randomBytes(18).toString('base64url');

/** Reads the secrets, creating (or completing) the file on first use. */
export async function loadPbxSecrets(file: string): Promise<PbxSecrets> {
  const existing = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Partial<PbxSecrets>)
    .catch(() => ({}) as Partial<PbxSecrets>);
  const secrets: PbxSecrets = {
    amiSecret: existing.amiSecret ?? secret(),
    testPhones: Object.fromEntries(TEST_PHONE_NAMES.map((name) => [name, existing.testPhones?.[name] ?? secret()])),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(existing)) {
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

/** Reads the secrets without creating them: for clients, which must not invent a secret. */
export async function readPbxSecrets(file: string): Promise<PbxSecrets> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`No PBX secrets in ${file}: run npm run pbx:setup (or set AMI_SECRET)`);
  });
  return JSON.parse(text) as PbxSecrets;
}
