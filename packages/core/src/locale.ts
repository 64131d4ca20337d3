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

/**
 * Orders strings by their characters: for dates (YYYY-MM-DD), ids and keys, where the language's
 * rules play no part and `localeCompare` would only cost time.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collators = new Map<Locale, Intl.Collator>();

/** Orders words (titles, names) by the reader's language; a collator made once is far cheaper than `localeCompare` per pair. */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}
