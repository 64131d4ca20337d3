import type { Horizon } from '../horizon.ts';
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

/** What the walk-through needs to know of the goal reviewed to ask about it and not another. */
export type ReviewedGoal = { horizon: Horizon; hasGoalsUnder: boolean };

/**
 * The seeds' questions asked of goals they do not fit as written: a goal with no goals under it
 * is asked about its own progress, a vision about itself, and a goal of 90 or 30 days about the
 * goals above it rather than about yearly goals.
 */
const FITTED: {
  ownProgress: Readonly<Record<Locale, string>>;
  visionItself: Readonly<Record<Locale, string>>;
  goalsAbove: Readonly<Record<Locale, string>>;
} = {
  ownProgress: {
    en: 'How far has this goal come in the last 90 days, and what moved it?',
    lv: 'Cik tālu pēdējās 90 dienās esat tikuši ar šo mērķi, un kas palīdzēja virzīties uz priekšu?',
  },
  visionItself: {
    en: 'Is the vision still the future worth working towards, and does it still matter as much?',
    lv: 'Vai vīzija joprojām ir nākotne, uz kuru vērts tiekties, un vai tā joprojām ir tikpat nozīmīga?',
  },
  goalsAbove: {
    en: 'Does this goal still serve the goals above it and the multi-year vision, and does it still matter as much?',
    lv: 'Vai šis mērķis joprojām kalpo augstākajiem mērķiem un vairāku gadu vīzijai, un vai tas joprojām ir tikpat nozīmīgs?',
  },
};

function questionText(key: ReviewQuestionKey, locale: Locale, goal: ReviewedGoal | undefined): string {
  if (goal && key === 'short_term_progress' && !goal.hasGoalsUnder) return FITTED.ownProgress[locale];
  if (goal && key === 'vision_fit' && goal.horizon === 'vision') return FITTED.visionItself[locale];
  if (goal && key === 'vision_fit' && (goal.horizon === 'quarter' || goal.horizon === 'month')) return FITTED.goalsAbove[locale];
  return REVIEW_QUESTIONS[key][locale];
}

/**
 * The review walk-through in the reader's language, in the order it is asked: as the seeds word
 * it, or, given the goal reviewed, worded for it (the keys stay the same).
 */
export function reviewQuestions(locale: Locale, goal?: ReviewedGoal): { key: ReviewQuestionKey; text: string }[] {
  return REVIEW_QUESTION_KEYS.map((key) => ({ key, text: questionText(key, locale, goal) }));
}
