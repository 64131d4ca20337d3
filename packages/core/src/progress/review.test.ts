import { describe, expect, it } from 'vitest';
import { nextLookBack, nextReviewDue, REVIEW_EVERY_DAYS, reviewDueOn } from './review.ts';

describe('review due dates', () => {
  it.each([
    ['90 days after activation', '2026-01-05', null, '2026-04-05'],
    ['90 days after the last review', '2026-01-05', '2026-04-02', '2026-07-01'],
    ['a review from before the activation (an older version) does not move it back', '2026-05-01', '2026-03-01', '2026-07-30'],
    ['a review on the activation day counts from the activation', '2026-05-01', '2026-05-01', '2026-07-30'],
    ['into a leap day', '2027-12-01', null, '2028-02-29'],
    ['across a leap day', '2028-02-01', null, '2028-05-01'],
    ['from a month end to a shorter month end', '2026-11-30', null, '2027-02-28'],
    ['from the last day of the year', '2026-12-31', null, '2027-03-31'],
  ])('%s: activated %s, last reviewed %s → %s', (_name, activatedOn, lastReviewOn, due) => {
    expect(nextReviewDue(activatedOn, lastReviewOn)).toBe(due);
  });

  it('is every 90 days', () => expect(REVIEW_EVERY_DAYS).toBe(90));

  it.each([
    ['active', '2026-01-05', '2026-04-05'],
    ['dropped', '2026-01-05', null],
    ['achieved', '2026-01-05', null],
    ['proposed', null, null],
    ['draft', null, null],
  ])('a goal that is %s: due %s', (state, activatedOn, due) => {
    expect(reviewDueOn({ state, activatedOn, lastReviewOn: null, dueOn: null })?.on ?? null).toBe(due);
  });

  // Activated on 5 January 2026: the first 90-day review falls due on 5 April 2026.
  it.each<[string, string | null, string | null, { at: 'review' | 'goal_end'; on: string }]>([
    ['a goal due after the review', null, '2026-12-31', { at: 'review', on: '2026-04-05' }],
    ['a goal with no due date', null, null, { at: 'review', on: '2026-04-05' }],
    ['a goal due the day its review falls due', null, '2026-04-05', { at: 'review', on: '2026-04-05' }],
    // A 30-day goal is looked back on at its end, not in 90 days: its end is what the inbox lists.
    ['a goal due in 30 days', null, '2026-02-04', { at: 'goal_end', on: '2026-02-04' }],
    ['a goal ending the day before its review', null, '2026-04-04', { at: 'goal_end', on: '2026-04-04' }],
    // Its end already looked back on (a review on or after it): the next 90-day review stands.
    ['a goal reviewed on its last day', '2026-02-04', '2026-02-04', { at: 'review', on: '2026-05-05' }],
    ['a goal overdue at its last review', '2026-03-01', '2026-02-04', { at: 'review', on: '2026-05-30' }],
    ['a goal reviewed, then ending before the next review', '2026-03-01', '2026-03-31', { at: 'goal_end', on: '2026-03-31' }],
  ])('%s (last reviewed %s, due %s) is next looked back on %o', (_name, lastReviewOn, dueOn, expected) => {
    expect(nextLookBack('2026-01-05', lastReviewOn, dueOn)).toEqual(expected);
    expect(reviewDueOn({ state: 'active', activatedOn: '2026-01-05', lastReviewOn, dueOn })).toEqual(expected);
  });
});
