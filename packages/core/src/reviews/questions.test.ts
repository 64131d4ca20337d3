import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.ts';
import { nextLookAfterKeep, outcomeNeedsReason, outcomeRevisesGoal, REVIEW_OUTCOMES } from './outcomes.ts';
import { isReviewQuestionKey, REVIEW_QUESTION_KEYS, REVIEW_QUESTIONS, reviewQuestions } from './questions.ts';

describe('review questions', () => {
  it("follows the seeds' four steps, in their order", () => {
    expect(REVIEW_QUESTION_KEYS).toEqual(['short_term_progress', 'competence_built', 'vision_fit', 'changes_needed']);
  });

  it.each(LOCALES)('asks every question in %s, each a question of its own', (locale) => {
    const questions = reviewQuestions(locale);
    expect(questions.map((question) => question.key)).toEqual([...REVIEW_QUESTION_KEYS]);
    for (const question of questions) expect(question.text).toMatch(/\?$/);
    expect(new Set(questions.map((question) => question.text)).size).toBe(questions.length);
  });

  it('says something different in Latvian, with its own letters', () => {
    for (const key of REVIEW_QUESTION_KEYS) expect(REVIEW_QUESTIONS[key].lv).not.toBe(REVIEW_QUESTIONS[key].en);
    expect(reviewQuestions('lv').map((question) => question.text).join(' ')).toMatch(/[āēīūšžčņļģķ]/);
  });

  it.each(LOCALES)('in %s asks each goal about itself: its own progress without goals under it, a vision about itself, a short goal about the goals above it', (locale) => {
    const text = (horizon: 'vision' | 'year' | 'quarter' | 'month', hasGoalsUnder: boolean) =>
      Object.fromEntries(reviewQuestions(locale, { horizon, hasGoalsUnder }).map((question) => [question.key, question.text]));
    // A yearly goal with quarter goals under it is asked as the seeds ask.
    expect(text('year', true)).toEqual(Object.fromEntries(reviewQuestions(locale).map((question) => [question.key, question.text])));
    const month = text('month', false);
    expect(month.short_term_progress).not.toBe(REVIEW_QUESTIONS.short_term_progress[locale]);
    expect(month.vision_fit).not.toBe(REVIEW_QUESTIONS.vision_fit[locale]);
    expect(text('quarter', true).short_term_progress).toBe(REVIEW_QUESTIONS.short_term_progress[locale]);
    expect(text('quarter', true).vision_fit).toBe(month.vision_fit);
    const vision = text('vision', true);
    expect(vision.vision_fit).not.toBe(month.vision_fit);
    expect(vision.vision_fit).not.toBe(REVIEW_QUESTIONS.vision_fit[locale]);
    for (const asked of [month, vision]) for (const words of Object.values(asked)) expect(words).toMatch(/\?$/);
  });

  it('asks a goal without goals under it nothing about "short-term goals under" it, in English', () => {
    expect(reviewQuestions('en', { horizon: 'quarter', hasGoalsUnder: false }).map((question) => question.text).join(' ')).not.toMatch(/under this goal|yearly goals/);
  });

  it.each([
    ['vision_fit', true],
    ['changes_needed', true],
    ['mood', false],
    ['Vision_fit', false],
    [undefined, false],
  ] as const)('knows whether %s is a question key', (value, expected) => {
    expect(isReviewQuestionKey(value)).toBe(expected);
  });
});

describe('review outcomes', () => {
  it.each([
    ['keep', false, false],
    ['modify', true, true],
    ['realign', true, true],
    ['drop', true, false],
  ] as const)('%s: needs a reason %s, revises the goal %s', (outcome, needsReason, revises) => {
    expect(REVIEW_OUTCOMES).toContain(outcome);
    expect(outcomeNeedsReason(outcome)).toBe(needsReason);
    expect(outcomeRevisesGoal(outcome)).toBe(revises);
  });
});

describe('a goal kept at a review', () => {
  // Held on 10 March 2026: the next 90-day review falls due on 8 June 2026.
  const heldOn = '2026-03-10';

  it.each<[string, string | null, { at: 'review' | 'goal_end'; on: string }]>([
    ['due long after the next review', '2026-12-31', { at: 'review', on: '2026-06-08' }],
    ['with no due date', null, { at: 'review', on: '2026-06-08' }],
    ['due the day the next review falls due', '2026-06-08', { at: 'review', on: '2026-06-08' }],
    // Not "next review in 90 days": the goal is over before then, and looked back on at its end.
    ['due the day before the next review', '2026-06-07', { at: 'goal_end', on: '2026-06-07' }],
    ['due in 30 days', '2026-04-09', { at: 'goal_end', on: '2026-04-09' }],
    // Due on the day of the review: this review is its look back at its end.
    ['due on the day of the review', '2026-03-10', { at: 'review', on: '2026-06-08' }],
    // Already overdue: its end is behind it, so the next review stands.
    ['overdue', '2026-03-01', { at: 'review', on: '2026-06-08' }],
  ])('%s is next looked at %o', (_name, dueOn, expected) => {
    expect(nextLookAfterKeep(heldOn, dueOn)).toEqual(expected);
  });
});
