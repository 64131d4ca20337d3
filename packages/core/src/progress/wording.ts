import type { Horizon } from '../horizon.ts';
import type { Locale } from '../locale.ts';
import { REVIEW_EVERY_DAYS } from './review.ts';
import type { RiskCode, RiskFinding, RiskParams, RiskStatus } from './risk.ts';

/**
 * Everything the progress and risk rules say to a person, English and Latvian side by side.
 * Numbers are written the reader's way (1,234.5 / 1 234,5) and words agree with them through
 * the language's plural rules: "1 day, 2 days"; "1 diena, 2 dienas, 21 diena". Latvian has a
 * third CLDR category, `zero` (0, 10-20, 30...), which takes the same forms as `other` here
 * ("10 dienas", "ik pēc 30 dienām"). Latvian sentences are built so that the counted word stands
 * where its form is known (nominative, or after "pēc"), and the verb agrees: "ir pagājusi
 * 21 diena", "ir pagājušas 19 dienas".
 */
export type Phrase<A> = Readonly<Record<Locale, (args: A) => string>>;

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules('en'), lv: new Intl.PluralRules('lv') };
const NUMBERS: Record<Locale, Intl.NumberFormat> = { en: new Intl.NumberFormat('en'), lv: new Intl.NumberFormat('lv') };
const PERCENTS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }),
  lv: new Intl.NumberFormat('lv', { style: 'percent', maximumFractionDigits: 0 }),
};

/** Whether `n` takes the singular form ("1 day"; in Latvian also 21, 31, 101...). */
const isOne = (locale: Locale, n: number) => PLURAL_RULES[locale].select(n) === 'one';
const num = (locale: Locale, n: number) => NUMBERS[locale].format(n);
/** "n word" with the word in the form the number asks for. */
const count = (locale: Locale, n: number, one: string, other: string) => `${num(locale, n)} ${isOne(locale, n) ? one : other}`;
const percent = (locale: Locale, whole: number) => PERCENTS[locale].format(whole / 100);

const en = {
  days: (n: number) => count('en', n, 'day', 'days'),
  points: (n: number) => count('en', n, 'point', 'points'),
  horizon: { vision: 'a vision', year: 'a year goal', quarter: 'a quarter goal', month: 'a month goal' } satisfies Record<Horizon, string>,
};

const lv = {
  /** Nominative: "1 diena", "2 dienas", "21 diena". */
  days: (n: number) => count('lv', n, 'diena', 'dienas'),
  /** "ir pagājusi 21 diena", "ir pagājušas 19 dienas". */
  daysPassed: (n: number) => `${isOne('lv', n) ? 'ir pagājusi' : 'ir pagājušas'} ${lv.days(n)}`,
  /** "ik pēc 21 dienas", "ik pēc 14 dienām": "pēc" takes the genitive singular, the dative plural. */
  everyDays: (n: number) => `ik pēc ${count('lv', n, 'dienas', 'dienām')}`,
  /** "1 procentpunkts", "23 procentpunkti". */
  points: (n: number) => count('lv', n, 'procentpunkts', 'procentpunkti'),
  /** Dative, as in "ceturkšņa mērķim ieraksts gaidāms...". */
  horizon: { vision: 'vīzijai', year: 'gada mērķim', quarter: 'ceturkšņa mērķim', month: 'mēneša mērķim' } satisfies Record<Horizon, string>,
};

/** The words for each risk reason, filled in with its numbers. */
export const RISK_REASONS: { readonly [C in RiskCode]: Phrase<RiskParams[C]> } = {
  behind_plan: {
    en: ({ progressPercent, expectedPercent, gapPoints }) =>
      `${percent('en', progressPercent)} done, ${percent('en', expectedPercent)} expected by today: ${en.points(gapPoints)} behind the plan line.`,
    lv: ({ progressPercent, expectedPercent, gapPoints }) =>
      `Paveiktais: ${percent('lv', progressPercent)}, plānotais līdz šodienai: ${percent('lv', expectedPercent)} — atpalicība no plāna ir ${lv.points(gapPoints)}.`,
  },
  overdue: {
    en: ({ days }) => `Due ${en.days(days)} ago and not yet achieved.`,
    lv: ({ days }) => `Termiņš ir pagājis, bet mērķis vēl nav sasniegts: kavējums ir ${lv.days(days)}.`,
  },
  no_recent_check_in: {
    en: ({ days, cadenceDays, horizon, countsFrom }) =>
      `${countsFrom === 'last_check_in' ? `No check-in for ${en.days(days)}` : `No check-in since the start, ${en.days(days)} ago`}; ${en.horizon[horizon]} expects one every ${en.days(cadenceDays)}.`,
    lv: ({ days, cadenceDays, horizon, countsFrom }) =>
      `${countsFrom === 'last_check_in' ? `Kopš pēdējā progresa ieraksta ${lv.daysPassed(days)}` : `Kopš sākuma nav neviena progresa ieraksta, un ${lv.daysPassed(days)}`}; ${lv.horizon[horizon]} ieraksts gaidāms ${lv.everyDays(cadenceDays)}.`,
  },
  low_confidence: {
    en: ({ confidence }) => `Confidence was ${num('en', confidence)}/10 at the last check-in.`,
    lv: ({ confidence }) => `Pēdējā progresa ierakstā pārliecība bija ${num('lv', confidence)}/10.`,
  },
  no_measure: {
    en: ({ days }) => `Nothing measured yet, ${en.days(days)} after the start: add a metric and record its first value.`,
    lv: ({ days }) => `Kopš sākuma ${lv.daysPassed(days)}, bet nekas vēl nav izmērīts: pievienojiet rādītāju un ierakstiet tā pirmo vērtību.`,
  },
  review_overdue: {
    en: ({ days }) => `The review (due every ${en.days(REVIEW_EVERY_DAYS)}) is ${en.days(days)} overdue.`,
    lv: ({ days }) => `Mērķa pārskatīšana (${lv.everyDays(REVIEW_EVERY_DAYS)}) kavējas: kavējums ir ${lv.days(days)}.`,
  },
  obstacle_without_plan: {
    en: ({ count: n }) => `${count('en', n, 'open obstacle has', 'open obstacles have')} no contingency plan.`,
    lv: ({ count: n }) => `${count('lv', n, 'neatrisinātam šķērslim', 'neatrisinātiem šķēršļiem')} nav rezerves plāna.`,
  },
};

/** A short label for each status, for badges. */
export const RISK_STATUS_LABELS: { readonly [S in RiskStatus]: Readonly<Record<Locale, string>> } = {
  on_track: { en: 'On track', lv: 'Viss kārtībā' },
  needs_attention: { en: 'Needs attention', lv: 'Jāpievērš uzmanība' },
  at_risk: { en: 'At risk', lv: 'Apdraudēts' },
  not_judged: { en: 'Not judged', lv: 'Netiek vērtēts' },
};

/** A reason in the reader's language. */
export function describeRiskReason(finding: RiskFinding, locale: Locale): string {
  return describe(finding.code, finding.params, locale);
}

function describe<C extends RiskCode>(code: C, params: RiskParams[C], locale: Locale): string {
  const phrase: Phrase<RiskParams[C]> = RISK_REASONS[code];
  return phrase[locale](params);
}
