import { describe, expect, it } from 'vitest';
import type { GoalState } from '../goals/lifecycle.ts';
import { addCalendarDays, type Horizon } from '../horizon.ts';
import type { Locale } from '../locale.ts';
import { assessRisk, deriveRiskStatus } from './assess-risk.ts';
import { nextReviewDue } from './review.ts';
import type { RiskInput, RiskStatus } from './risk.ts';

const today = '2026-03-10';
const daysAgo = (days: number) => addCalendarDays(today, -days);

/** A year goal going to plan: half done, half expected, checked in today, reviewed on 1 February. */
const onPlan: RiskInput = {
  state: 'active',
  horizon: 'year',
  startsOn: '2025-09-01',
  dueOn: '2026-08-31',
  progress: 0.5,
  expected: 0.5,
  hasMeasure: true,
  lastCheckInOn: today,
  lastConfidence: 7,
  activatedOn: '2025-09-01',
  lastReviewOn: '2026-02-01',
  openObstaclesWithoutPlan: 0,
};
const assess = (changes: Partial<RiskInput>, locale: Locale = 'en') => assessRisk({ ...onPlan, ...changes }, { today, locale });
/** Each reason as "code:severity". */
const found = (changes: Partial<RiskInput>) => assess(changes).reasons.map((r) => `${r.code}:${r.severity}`);

describe('assessRisk: a goal going to plan', () => {
  it('is on track, with no reasons', () => expect(assess({})).toEqual({ status: 'on_track', reasons: [] }));
});

describe('assessRisk: behind the plan line (gap ≥ 10 points: attention, ≥ 25: risk)', () => {
  it.each<[number, number, string[]]>([
    [0.56, 0.65, []],
    [0.55, 0.65, ['behind_plan:attention']],
    [0.41, 0.65, ['behind_plan:attention']],
    [0.4, 0.65, ['behind_plan:risk']],
    [0.9, 0.65, []],
    // The gap is between whole percents, as the text shows them: 55% vs 65%, then 56% vs 65%.
    [0.554, 0.649, ['behind_plan:attention']],
    [0.556, 0.654, []],
  ])('%d done, %d expected', (progress, expected, reasons) => expect(found({ progress, expected })).toEqual(reasons));

  it('says how far, in whole percents', () => {
    expect(assess({ progress: 0.42, expected: 0.65 }).reasons).toEqual([
      { code: 'behind_plan', severity: 'attention', params: { progressPercent: 42, expectedPercent: 65, gapPoints: 23 }, text: '42% done, 65% expected by today: 23 points behind the plan line.' },
    ]);
  });

  it.each<[string, Partial<RiskInput>]>([
    ['nothing measured yet: progress is not known', { hasMeasure: false, progress: 0, expected: 0.6, activatedOn: daysAgo(10), startsOn: daysAgo(10) }],
    ['no dates: no plan line', { expected: null, progress: 0 }],
  ])('is not judged when %s', (_name, changes) => expect(found(changes)).toEqual([]));
});

describe('assessRisk: overdue (risk)', () => {
  it.each<[number, string[]]>([
    [-1, []],
    [0, []],
    [1, ['overdue:risk']],
    [40, ['overdue:risk']],
  ])('due %i days ago', (days, reasons) => expect(found({ dueOn: daysAgo(days) })).toEqual(reasons));

  it('says how long ago', () => {
    expect(assess({ dueOn: daysAgo(4) }).reasons[0]).toMatchObject({ params: { days: 4, dueOn: '2026-03-06' }, text: 'Due 4 days ago and not yet achieved.' });
  });

  it('a goal without a due date is never overdue', () => expect(found({ dueOn: null })).toEqual([]));
});

describe('assessRisk: no check-in within the cadence plus half of it (attention), or twice the cadence (risk)', () => {
  it.each<[Horizon, number, string[]]>([
    ['month', 10, []],
    ['month', 11, ['no_recent_check_in:attention']],
    ['month', 14, ['no_recent_check_in:attention']],
    ['month', 15, ['no_recent_check_in:risk']],
    ['quarter', 21, []],
    ['quarter', 22, ['no_recent_check_in:attention']],
    ['quarter', 28, ['no_recent_check_in:attention']],
    ['quarter', 29, ['no_recent_check_in:risk']],
    ['year', 45, []],
    ['year', 46, ['no_recent_check_in:attention']],
    ['year', 60, ['no_recent_check_in:attention']],
    ['year', 61, ['no_recent_check_in:risk']],
    ['vision', 90, []],
    ['vision', 91, ['no_recent_check_in:attention']],
    ['vision', 120, ['no_recent_check_in:attention']],
    ['vision', 121, ['no_recent_check_in:risk']],
  ])('%s goal, last check-in %i days ago', (horizon, days, reasons) => {
    expect(found({ horizon, lastCheckInOn: daysAgo(days) })).toEqual(reasons);
  });

  it('says how long, and what is expected', () => {
    expect(assess({ horizon: 'quarter', lastCheckInOn: daysAgo(25) }).reasons[0]).toMatchObject({
      params: { days: 25, cadenceDays: 14, horizon: 'quarter', countsFrom: 'last_check_in' },
      text: 'No check-in for 25 days; a quarter goal expects one every 14 days.',
    });
  });

  it.each<[string, Partial<RiskInput>, string[]]>([
    ['never checked in: counts from the start', { horizon: 'quarter', lastCheckInOn: null, startsOn: daysAgo(30), activatedOn: daysAgo(30) }, ['no_recent_check_in:risk']],
    ['never checked in, started 21 days ago', { horizon: 'quarter', lastCheckInOn: null, startsOn: daysAgo(21), activatedOn: daysAgo(40) }, []],
    ['a check-in before the start does not start the clock', { horizon: 'quarter', lastCheckInOn: daysAgo(25), startsOn: daysAgo(20), activatedOn: daysAgo(25) }, []],
    ['activated after the start: counts from the activation', { horizon: 'month', lastCheckInOn: null, startsOn: daysAgo(60), activatedOn: daysAgo(11) }, ['no_recent_check_in:attention']],
    ['not started yet', { horizon: 'month', lastCheckInOn: null, startsOn: addCalendarDays(today, 10), activatedOn: daysAgo(20) }, []],
  ])('%s', (_name, changes, reasons) => expect(found(changes)).toEqual(reasons));

  it('says when the silence counts from the start', () => {
    const reason = assess({ horizon: 'quarter', lastCheckInOn: null, startsOn: daysAgo(30), activatedOn: daysAgo(30) }).reasons[0];
    expect(reason).toMatchObject({ params: { countsFrom: 'start', days: 30 }, text: 'No check-in since the start, 30 days ago; a quarter goal expects one every 14 days.' });
  });
});

describe('assessRisk: low confidence at the last check-in (≤ 4: attention, ≤ 2: risk)', () => {
  it.each<[number | null, string[]]>([
    [null, []],
    [10, []],
    [5, []],
    [4, ['low_confidence:attention']],
    [3, ['low_confidence:attention']],
    [2, ['low_confidence:risk']],
    [0, ['low_confidence:risk']],
  ])('confidence %s', (lastConfidence, reasons) => expect(found({ lastConfidence })).toEqual(reasons));

  it('quotes it', () => {
    expect(assess({ lastConfidence: 3 }).reasons[0]?.text).toBe('Confidence was 3/10 at the last check-in.');
  });
});

describe('assessRisk: no measure yet, more than 14 days after the start (attention)', () => {
  const unmeasured = (days: number): Partial<RiskInput> => ({ hasMeasure: false, progress: 0, startsOn: daysAgo(days), activatedOn: daysAgo(days) });
  it.each<[number, string[]]>([
    [0, []],
    [14, []],
    [15, ['no_measure:attention']],
    [60, ['no_measure:attention']],
  ])('running %i days', (days, reasons) => expect(found(unmeasured(days))).toEqual(reasons));

  it.each<[string, Partial<RiskInput>, string[]]>([
    ['measured', { ...unmeasured(60), hasMeasure: true, progress: 0.5 }, []],
    ['activated 10 days ago, though it started earlier', { ...unmeasured(60), activatedOn: daysAgo(10) }, []],
    ['not started yet', { ...unmeasured(60), startsOn: addCalendarDays(today, 3) }, []],
  ])('%s', (_name, changes, reasons) => expect(found(changes)).toEqual(reasons));

  it('asks for a metric and its first value', () => {
    expect(assess(unmeasured(20)).reasons[0]?.text).toBe('Nothing measured yet, 20 days after the start: add a metric and record its first value.');
  });
});

describe('nextReviewDue: 90 days after activation or the last review', () => {
  it.each<[string, string | null, string]>([
    ['2026-01-01', null, '2026-04-01'],
    ['2026-01-01', '2026-03-15', '2026-06-13'],
    ['2026-01-01', '2026-01-01', '2026-04-01'],
    ['2026-01-01', '2025-12-01', '2026-04-01'],
    ['2025-12-15', null, '2026-03-15'],
  ])('activated %s, last reviewed %s → %s', (activatedOn, lastReviewOn, due) => expect(nextReviewDue(activatedOn, lastReviewOn)).toBe(due));
});

describe('assessRisk: review overdue (any day: attention, more than 30: risk)', () => {
  const reviewDueDaysAgo = (days: number): Partial<RiskInput> => ({ activatedOn: daysAgo(90 + days), startsOn: daysAgo(90 + days), lastReviewOn: null });
  it.each<[number, string[]]>([
    [-1, []],
    [0, []],
    [1, ['review_overdue:attention']],
    [30, ['review_overdue:attention']],
    [31, ['review_overdue:risk']],
  ])('due %i days ago', (days, reasons) => expect(found(reviewDueDaysAgo(days))).toEqual(reasons));

  it('a review resets the clock', () => expect(found({ ...reviewDueDaysAgo(40), lastReviewOn: daysAgo(89) })).toEqual([]));

  it('says how late', () => {
    expect(assess(reviewDueDaysAgo(12)).reasons[0]).toMatchObject({ params: { days: 12, dueOn: '2026-02-26' }, text: 'The review (due every 90 days) is 12 days overdue.' });
  });

  it('counts from the start when the activation date is missing', () => {
    expect(found({ activatedOn: null, startsOn: daysAgo(95), lastReviewOn: null })).toEqual(['review_overdue:attention']);
  });
});

describe('assessRisk: open obstacles without a contingency plan (attention)', () => {
  it.each<[number, string[], string | null]>([
    [0, [], null],
    [1, ['obstacle_without_plan:attention'], '1 open obstacle has no contingency plan.'],
    [3, ['obstacle_without_plan:attention'], '3 open obstacles have no contingency plan.'],
  ])('%i of them', (openObstaclesWithoutPlan, reasons, text) => {
    const assessment = assess({ openObstaclesWithoutPlan });
    expect(assessment.reasons.map((r) => `${r.code}:${r.severity}`)).toEqual(reasons);
    expect(assessment.reasons[0]?.text ?? null).toBe(text);
  });
});

describe('assessRisk: the status is the worst reason', () => {
  it.each<[string, Partial<RiskInput>, RiskStatus, string[]]>([
    ['no reasons', {}, 'on_track', []],
    ['one attention', { openObstaclesWithoutPlan: 1 }, 'needs_attention', ['obstacle_without_plan:attention']],
    ['two attentions', { lastConfidence: 4, progress: 0.35, expected: 0.5 }, 'needs_attention', ['behind_plan:attention', 'low_confidence:attention']],
    ['an attention and a risk: risks come first', { openObstaclesWithoutPlan: 2, lastConfidence: 1 }, 'at_risk', ['low_confidence:risk', 'obstacle_without_plan:attention']],
    [
      'everything at once',
      { dueOn: daysAgo(3), progress: 0.4, expected: 1, lastCheckInOn: daysAgo(50), lastConfidence: 4, lastReviewOn: '2025-11-01', openObstaclesWithoutPlan: 1 },
      'at_risk',
      ['overdue:risk', 'behind_plan:risk', 'review_overdue:risk', 'no_recent_check_in:attention', 'low_confidence:attention', 'obstacle_without_plan:attention'],
    ],
  ])('%s', (_name, changes, status, reasons) => {
    const assessment = assess(changes);
    expect(assessment.status).toBe(status);
    expect(assessment.reasons.map((r) => `${r.code}:${r.severity}`)).toEqual(reasons);
  });

  it.each<[string, RiskStatus]>([
    ['', 'on_track'],
    ['attention', 'needs_attention'],
    ['attention risk attention', 'at_risk'],
  ])('deriveRiskStatus(%s) → %s', (severities, status) => {
    const reasons = severities.split(' ').filter(Boolean).map((severity) => ({ severity: severity === 'risk' ? 'risk' : 'attention' }) as const);
    expect(deriveRiskStatus(reasons)).toBe(status);
  });
});

describe('assessRisk: only active goals are judged', () => {
  const troubled: Partial<RiskInput> = { dueOn: daysAgo(30), progress: 0, expected: 1, lastCheckInOn: null, lastConfidence: 1, openObstaclesWithoutPlan: 4 };
  it.each<GoalState>(['draft', 'proposed', 'achieved', 'dropped'])('%s: not judged, no reasons', (state) => {
    expect(assess({ ...troubled, state })).toEqual({ status: 'not_judged', reasons: [] });
  });

  it('the same goal, active, is at risk', () => expect(assess(troubled).status).toBe('at_risk'));
});

describe('assessRisk: dates', () => {
  it('refuses a malformed date', () => {
    expect(() => assess({ dueOn: '31/08/2026' })).toThrow(RangeError);
  });
});
