import type { Locale } from '../locale.ts';

/**
 * The questions a 90-day review walks through for each goal, in the seeds' order ("Evaluating and
 * Adjusting Goals"): progress on the short-term goals, whether goals already reached built the
 * competence they were meant to, whether the yearly goals still fit the multi-year vision, and
 * what to modify or realign given what has changed inside and around the client.
 */
export const REVIEW_QUESTION_KEYS = ['short_term_progress', 'competence_built', 'vision_fit', 'changes_needed'] as const;
export type ReviewQuestionKey = (typeof REVIEW_QUESTION_KEYS)[number];

export const REVIEW_QUESTIONS: { readonly [K in ReviewQuestionKey]: Readonly<Record<Locale, string>> } = {
  short_term_progress: {
    en: 'How far have the short-term goals under this goal come in the last 90 days, and what moved them?',
    lv: 'Cik tālu pēdējās 90 dienās esat tikuši ar šim mērķim pakārtotajiem īstermiņa mērķiem, un kas palīdzēja virzīties uz priekšu?',
  },
  competence_built: {
    en: 'Did the goals reached so far build the skills and competence they were meant to?',
    lv: 'Vai līdz šim sasniegtie mērķi ir attīstījuši tās prasmes un kompetences, kuras tiem bija paredzēts attīstīt?',
  },
  vision_fit: {
    en: 'Do the yearly goals still fit the multi-year vision, and do they still matter as much?',
    lv: 'Vai gada mērķi joprojām atbilst vairāku gadu vīzijai un vai tie joprojām ir tikpat nozīmīgi?',
  },
  changes_needed: {
    en: 'What has changed, at work or in life, and should the goal be kept, modified, realigned or dropped because of it?',
    lv: 'Kas ir mainījies darbā vai dzīvē, un vai tāpēc mērķis ir jāsaglabā, jāmaina, jāpārorientē vai no tā jāatsakās?',
  },
};

export function isReviewQuestionKey(value: unknown): value is ReviewQuestionKey {
  return typeof value === 'string' && (REVIEW_QUESTION_KEYS as readonly string[]).includes(value);
}

/** The review walk-through in the reader's language, in the order it is asked. */
export function reviewQuestions(locale: Locale): { key: ReviewQuestionKey; text: string }[] {
  return REVIEW_QUESTION_KEYS.map((key) => ({ key, text: REVIEW_QUESTIONS[key][locale] }));
}
