import type { GoalState } from '../goals/lifecycle.ts';
import type { Horizon } from '../horizon.ts';
import type { Locale } from '../locale.ts';

/** The words of the printable report of a person's goals and progress, in each language. */
export const REPORT_WORDS = {
  title: { en: 'Goals and progress', lv: 'Mērķi un progress' },
  preparedFor: { en: 'Prepared for', lv: 'Sagatavots' },
  asOf: { en: 'As of', lv: 'Stāvoklis uz' },
  coach: { en: 'Coach', lv: 'Koučs' },
  client: { en: 'Client', lv: 'Klients' },
  values: { en: 'Values and aspirations', lv: 'Vērtības un centieni' },
  goals: { en: 'Goals', lv: 'Mērķi' },
  noGoals: { en: 'No goals yet.', lv: 'Mērķu vēl nav.' },
  progress: { en: 'Progress', lv: 'Progress' },
  expected: { en: 'Expected by now', lv: 'Gaidāms šobrīd' },
  status: { en: 'Status', lv: 'Stāvoklis' },
  due: { en: 'Due', lv: 'Termiņš' },
  metric: { en: 'Measure', lv: 'Rādītājs' },
  baseline: { en: 'Baseline', lv: 'Sākumpunkts' },
  current: { en: 'Current', lv: 'Pašlaik' },
  target: { en: 'Target', lv: 'Mērķis' },
  noValueYet: { en: 'no value yet', lv: 'vērtības vēl nav' },
  measuredOnceAgreed: {
    en: 'Progress will be measured once the coach and the client have both agreed to this goal.',
    lv: 'Progress tiks vērtēts, kad šim mērķim būs piekrituši gan koučs, gan klients.',
  },
  commitments: { en: 'Commitments', lv: 'Saistības' },
  printHint: { en: 'To keep a paper copy, print this page from your browser.', lv: 'Lai saglabātu papīra kopiju, izdrukājiet šo lapu no pārlūka.' },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;

export type ReportWord = keyof typeof REPORT_WORDS;

/** One phrase of the report in the reader's language. */
export function reportWord(word: ReportWord, locale: Locale): string {
  return REPORT_WORDS[word][locale];
}

/** The horizons' names as a heading reads them. */
export const HORIZON_LABELS: { readonly [H in Horizon]: Readonly<Record<Locale, string>> } = {
  vision: { en: 'Vision (1–3 years)', lv: 'Vīzija (1–3 gadi)' },
  year: { en: '12 months', lv: '12 mēneši' },
  quarter: { en: '90 days', lv: '90 dienas' },
  month: { en: '30 days', lv: '30 dienas' },
};

/**
 * A goal's state as the report names it where a risk status would stand: only an active goal is
 * judged, so a draft, a proposal or a closed goal says what it is instead of "not judged".
 */
export const GOAL_STATE_LABELS: { readonly [S in GoalState]: Readonly<Record<Locale, string>> } = {
  draft: { en: 'Draft', lv: 'Melnraksts' },
  proposed: { en: 'Proposed', lv: 'Ierosināts' },
  active: { en: 'Active', lv: 'Aktīvs' },
  achieved: { en: 'Achieved', lv: 'Sasniegts' },
  dropped: { en: 'Dropped', lv: 'Atmests' },
};

/** A share (0..1) as a whole percentage in the reader's language: "42%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'lv' ? 'lv' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** What an export leaves out, said in the export itself so that nobody takes it for more than it is. */
export const EXPORT_LEFT_OUT = {
  secrets: {
    en: 'Passwords and the links sent to reset them, two-factor secrets and recovery codes, sign-in sessions, API tokens, invitation and feedback link tokens, calendar addresses.',
    lv: 'Paroles un to atjaunošanai sūtītās saites, divpakāpju pieteikšanās noslēpumi un rezerves kodi, pieteikšanās sesijas, API pilnvaras, ielūgumu un atsauksmju saišu pilnvaras, kalendāra adreses.',
  },
  othersNotes: {
    en: 'Private notes of any coach other than the one exporting: only their author reads them.',
    lv: 'Citu kouču, ne eksportētāja, privātās piezīmes: tās lasa tikai to autors.',
  },
  unsharedJournal: {
    en: 'Journal entries the client has not shared: only the client reads them.',
    lv: 'Dienasgrāmatas ieraksti, ar kuriem klients nav dalījies: tos lasa tikai klients.',
  },
  ownerJournal: {
    en: "Journal entries, except those a client shares with the owner as their coach: the practice's owner reads no one else's journal.",
    lv: 'Dienasgrāmatas ieraksti, izņemot tos, ar kuriem klients dalās ar īpašnieku kā savu kouču: prakses īpašnieks nelasa citu dienasgrāmatas.',
  },
  derived: {
    en: 'Replies kept for retried requests, inbox marks and the inbox standings kept for each reader, and the progress summaries and counters computed from check-ins.',
    lv: 'Atkārtotu pieprasījumu saglabātās atbildes, iesūtnes atzīmes un katram lasītājam saglabātais iesūtnes stāvoklis, kā arī no atskaitēm aprēķinātie progresa kopsavilkumi un skaitītāji.',
  },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;
