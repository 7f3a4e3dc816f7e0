import { createI18n } from 'vue-i18n';
import en from './en.json';
import es from './es.json';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export type MessageSchema = typeof en;

const STORAGE_KEY = 'switchboard.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The agent's earlier choice, else the browser's first language we have, else English. */
export function initialLocale(
  stored: string | null = safeStorage()?.getItem(STORAGE_KEY) ?? null,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const dateTimes = {
  long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
} as const;

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, es },
  datetimeFormats: { en: dateTimes, es: dateTimes },
});

/** Switches the language, remembers it and tells assistive technology the page's language. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  safeStorage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// The page's language from the start, not only after a switch: screen readers pick their voice by it.
if (typeof document !== 'undefined') document.documentElement.lang = i18n.global.locale.value;
