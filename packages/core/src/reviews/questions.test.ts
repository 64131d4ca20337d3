import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.ts';
import { outcomeNeedsReason, outcomeRevisesGoal, REVIEW_OUTCOMES } from './outcomes.ts';
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
