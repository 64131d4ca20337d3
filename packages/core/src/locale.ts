/** The languages Tandem speaks. Every string a person reads exists in each of them. */
export const LOCALES = ['en', 'lv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const DEFAULT_TIME_ZONE = 'Europe/Riga';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * A time zone is valid when it is an IANA zone name the runtime knows ("Europe/Riga", "UTC").
 * Abbreviations such as "EET" are refused: they do not say which daylight-saving rules apply.
 */
export function isValidTimeZone(value: string): boolean {
  if (value !== 'UTC' && !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
