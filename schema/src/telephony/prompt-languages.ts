import { invalidInput } from '../common/domain-error.js';

/** What CHANNEL(language) takes: a folder of Asterisk's sounds (en, es, en_US...). */
export const PROMPT_LANGUAGE = /^[a-z]{2,3}(_[A-Za-z0-9]+)*$/;

/** The languages whose system prompts the PBX has installed; the api provides the real list. */
export type PromptLanguagesProvider = () => Promise<readonly string[]>;

// English prompts are always installed (the pbx setup's asterisk-core-sounds-en-gsm).
let provider: PromptLanguagesProvider = () => Promise.resolve(['en']);

/** Called once by a process that can see Asterisk's sounds folder (the api). */
export function providePromptLanguages(installed: PromptLanguagesProvider): void {
  provider = installed;
}

/** A language without installed prompts would play nothing: refused where it is chosen. */
export async function assertPromptLanguage(language: string): Promise<string> {
  const installed = await provider();
  if (!installed.includes(language)) {
    throw invalidInput('language', `no system prompts installed for ${language} (installed: ${installed.join(', ')})`, {
      installed,
    });
  }
  return language;
}
