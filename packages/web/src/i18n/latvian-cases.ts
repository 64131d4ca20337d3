import type { i18n as I18n } from 'i18next';

/**
 * Latvian puts a date's month in the case the words around it ask for: "līdz 2026. gada
 * 1. martam" (until: dative), "kopš 1. marta" and "no 1. marta" (since, from: genitive). Intl
 * writes the month in the nominative ("1. marts"), so the catalogs name the case a date takes,
 * `{{date, dative}}` or `{{date, genitive}}`, and these forms are put in its place.
 */
export type LatvianCase = 'genitive' | 'dative';

const MONTHS: readonly { nominative: string; genitive: string; dative: string }[] = [
  { nominative: 'janvāris', genitive: 'janvāra', dative: 'janvārim' },
  { nominative: 'februāris', genitive: 'februāra', dative: 'februārim' },
  { nominative: 'marts', genitive: 'marta', dative: 'martam' },
  { nominative: 'aprīlis', genitive: 'aprīļa', dative: 'aprīlim' },
  { nominative: 'maijs', genitive: 'maija', dative: 'maijam' },
  { nominative: 'jūnijs', genitive: 'jūnija', dative: 'jūnijam' },
  { nominative: 'jūlijs', genitive: 'jūlija', dative: 'jūlijam' },
  { nominative: 'augusts', genitive: 'augusta', dative: 'augustam' },
  { nominative: 'septembris', genitive: 'septembra', dative: 'septembrim' },
  { nominative: 'oktobris', genitive: 'oktobra', dative: 'oktobrim' },
  { nominative: 'novembris', genitive: 'novembra', dative: 'novembrim' },
  { nominative: 'decembris', genitive: 'decembra', dative: 'decembrim' },
];

const BY_NOMINATIVE = new Map(MONTHS.map((month) => [month.nominative, month]));
// A month's name as a whole word: Latvian letters are not all \w, so the edges are spelled out.
const MONTH_WORD = new RegExp(`(^|[^\\p{L}])(${MONTHS.map((month) => month.nominative).join('|')})(?=$|[^\\p{L}])`, 'gu');

/** A date as Intl wrote it in Latvian, with its month's name in `grammaticalCase`. */
export function inLatvianCase(text: string, grammaticalCase: LatvianCase): string {
  return text.replace(MONTH_WORD, (_, before: string, month: string) => before + (BY_NOMINATIVE.get(month)?.[grammaticalCase] ?? month));
}

/**
 * Teaches an i18next instance the formats `genitive` and `dative`, so that a catalog says which
 * case a date takes: `līdz {{date, dative}}`. English has no cases: its dates are left as they are.
 */
export function addLatvianDateCases(instance: I18n): void {
  for (const grammaticalCase of ['genitive', 'dative'] as const) {
    instance.services.formatter?.add(grammaticalCase, (value: unknown, language: string | undefined) =>
      language === 'lv' && typeof value === 'string' ? inLatvianCase(value, grammaticalCase) : String(value),
    );
  }
}
