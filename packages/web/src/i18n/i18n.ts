import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import lv from './lv.json';
import { addTimeZoneNames } from './format';
import { addLatvianDateCases } from './latvian-cases';

export const LANGUAGES = ['en', 'lv'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'tandem.language';

export const resources = { en: { translation: en }, lv: { translation: lv } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Before sign-in: the language chosen earlier on this device, else the browser's, else English. */
export function detectLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled; the browser's language still works.
  }
  const preferred = window.navigator.languages.length > 0 ? window.navigator.languages : [window.navigator.language];
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering is fine: the profile holds the language once signed in.
  }
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

// `{{date, dative}}`, `{{date, genitive}}`: the case a Latvian sentence puts a date in.
addLatvianDateCases(i18n);
// `{{timeZone, timeZoneName}}`: a time zone by its name in the reader's language, not its ID.
addTimeZoneNames(i18n);

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
}
reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

/** The language the UI is rendering in now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
