/**
 * Latvian puts a date's month in the case the words around it ask for: "līdz 2026. gada
 * 1. martam" (until: dative), "kopš 1. marta" and "no 1. marta" (since, from: genitive),
 * "kopīgots 1. martā" (on a day: locative). Intl writes the month in the nominative
 * ("1. marts"), so the catalogs name the case a date takes, `{{date, dative}}`,
 * `{{date, genitive}}` or `{{date, locative}}`, and these forms are put in its place.
 */
export type LatvianCase = 'genitive' | 'dative' | 'locative';

export const LATVIAN_CASES: readonly LatvianCase[] = ['genitive', 'dative', 'locative'];

const MONTHS: readonly ({ nominative: string } & Record<LatvianCase, string>)[] = [
  { nominative: 'janvāris', genitive: 'janvāra', dative: 'janvārim', locative: 'janvārī' },
  { nominative: 'februāris', genitive: 'februāra', dative: 'februārim', locative: 'februārī' },
  { nominative: 'marts', genitive: 'marta', dative: 'martam', locative: 'martā' },
  { nominative: 'aprīlis', genitive: 'aprīļa', dative: 'aprīlim', locative: 'aprīlī' },
  { nominative: 'maijs', genitive: 'maija', dative: 'maijam', locative: 'maijā' },
  { nominative: 'jūnijs', genitive: 'jūnija', dative: 'jūnijam', locative: 'jūnijā' },
  { nominative: 'jūlijs', genitive: 'jūlija', dative: 'jūlijam', locative: 'jūlijā' },
  { nominative: 'augusts', genitive: 'augusta', dative: 'augustam', locative: 'augustā' },
  { nominative: 'septembris', genitive: 'septembra', dative: 'septembrim', locative: 'septembrī' },
  { nominative: 'oktobris', genitive: 'oktobra', dative: 'oktobrim', locative: 'oktobrī' },
  { nominative: 'novembris', genitive: 'novembra', dative: 'novembrim', locative: 'novembrī' },
  { nominative: 'decembris', genitive: 'decembra', dative: 'decembrim', locative: 'decembrī' },
];

const BY_NOMINATIVE = new Map(MONTHS.map((month) => [month.nominative, month]));
// A month's name as a whole word: Latvian letters are not all \w, so the edges are spelled out.
const MONTH_WORD = new RegExp(`(^|[^\\p{L}])(${MONTHS.map((month) => month.nominative).join('|')})(?=$|[^\\p{L}])`, 'gu');

/** A date as Intl wrote it in Latvian, with its month's name in `grammaticalCase`. */
export function inLatvianCase(text: string, grammaticalCase: LatvianCase): string {
  return text.replace(MONTH_WORD, (_, before: string, month: string) => before + (BY_NOMINATIVE.get(month)?.[grammaticalCase] ?? month));
}
