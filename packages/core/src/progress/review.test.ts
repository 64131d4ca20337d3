import { describe, expect, it } from 'vitest';
import { nextReviewDue, REVIEW_EVERY_DAYS, reviewDueOn } from './review.ts';

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
    expect(reviewDueOn({ state, activatedOn, lastReviewOn: null })).toBe(due);
  });
});
