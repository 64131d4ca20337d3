import { describe, expect, it } from 'vitest';
import { addCalendarDays, type Horizon } from '../horizon.ts';
import { LOCALES, type Locale } from '../locale.ts';
import { assessRisk } from './assess-risk.ts';
import type { RiskCode, RiskFinding, RiskInput } from './risk.ts';
import { describeRiskReason, RISK_STATUS_LABELS } from './wording.ts';

const today = '2026-03-10';
const daysAgo = (days: number) => addCalendarDays(today, -days);
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
/** The text of the only reason found. */
const textOf = (changes: Partial<RiskInput>, locale: Locale) => {
  const { reasons } = assessRisk({ ...onPlan, ...changes }, { today, locale });
  expect(reasons).toHaveLength(1);
  return reasons[0]?.text;
};
const LATVIAN_LETTER = /[āčēģīķļņšūž]/i;

describe('Latvian: days agree with their number', () => {
  it.each<[number, string]>([
    [1, '1 diena'],
    [2, '2 dienas'],
    [9, '9 dienas'],
    [10, '10 dienas'],
    [11, '11 dienas'],
    [12, '12 dienas'],
    [21, '21 diena'],
    [22, '22 dienas'],
    [101, '101 diena'],
    [111, '111 dienas'],
    [1234, '1234 dienas'],
  ])('overdue by %i: "kavējums ir %s"', (days, phrase) => {
    expect(textOf({ dueOn: daysAgo(days) }, 'lv')).toBe(`Termiņš ir pagājis, bet mērķis vēl nav sasniegts: kavējums ir ${phrase}.`);
  });

  it.each<[number, string]>([
    [1, 'Due 1 day ago and not yet achieved.'],
    [21, 'Due 21 days ago and not yet achieved.'],
    [1234, 'Due 1,234 days ago and not yet achieved.'],
  ])('English: overdue by %i', (days, text) => expect(textOf({ dueOn: daysAgo(days) }, 'en')).toBe(text));

  it.each<[Horizon, number, string]>([
    ['month', 21, 'Kopš pēdējā progresa ieraksta ir pagājusi 21 diena; mēneša mērķim ieraksts gaidāms ik pēc 7 dienām.'],
    ['quarter', 22, 'Kopš pēdējā progresa ieraksta ir pagājušas 22 dienas; ceturkšņa mērķim ieraksts gaidāms ik pēc 14 dienām.'],
    ['year', 61, 'Kopš pēdējā progresa ieraksta ir pagājusi 61 diena; gada mērķim ieraksts gaidāms ik pēc 30 dienām.'],
    ['vision', 100, 'Kopš pēdējā progresa ieraksta ir pagājušas 100 dienas; vīzijai ieraksts gaidāms ik pēc 60 dienām.'],
  ])('no check-in, %s goal, %i days: the verb agrees too', (horizon, days, text) => {
    expect(textOf({ horizon, lastCheckInOn: daysAgo(days) }, 'lv')).toBe(text);
  });

  it('no check-in since the start', () => {
    expect(textOf({ horizon: 'quarter', lastCheckInOn: null, startsOn: daysAgo(31), activatedOn: daysAgo(31) }, 'lv')).toBe(
      'Kopš sākuma nav neviena progresa ieraksta, un ir pagājusi 31 diena; ceturkšņa mērķim ieraksts gaidāms ik pēc 14 dienām.',
    );
  });

  it.each<[number, string]>([
    [21, 'Kopš sākuma ir pagājusi 21 diena, bet nekas vēl nav izmērīts: pievienojiet rādītāju un ierakstiet tā pirmo vērtību.'],
    [15, 'Kopš sākuma ir pagājušas 15 dienas, bet nekas vēl nav izmērīts: pievienojiet rādītāju un ierakstiet tā pirmo vērtību.'],
  ])('no measure after %i days', (days, text) => {
    expect(textOf({ hasMeasure: false, progress: 0, startsOn: daysAgo(days), activatedOn: daysAgo(days) }, 'lv')).toBe(text);
  });

  it('review overdue', () => {
    expect(textOf({ activatedOn: daysAgo(91), startsOn: daysAgo(91), lastReviewOn: null }, 'lv')).toBe('Mērķa pārskatīšana (ik pēc 90 dienām) kavējas: kavējums ir 1 diena.');
  });
});

describe('Latvian: other counted words', () => {
  it.each<[number, number, string]>([
    [0.42, 0.65, 'Paveiktais: 42%, plānotais līdz šodienai: 65% — atpalicība no plāna ir 23 procentpunkti.'],
    [0.44, 0.65, 'Paveiktais: 44%, plānotais līdz šodienai: 65% — atpalicība no plāna ir 21 procentpunkts.'],
  ])('behind the plan, %d of %d', (progress, expected, text) => expect(textOf({ progress, expected }, 'lv')).toBe(text));

  it.each<[number, string]>([
    [1, '1 neatrisinātam šķērslim nav rezerves plāna.'],
    [2, '2 neatrisinātiem šķēršļiem nav rezerves plāna.'],
    [21, '21 neatrisinātam šķērslim nav rezerves plāna.'],
  ])('obstacles without a plan: %i', (openObstaclesWithoutPlan, text) => expect(textOf({ openObstaclesWithoutPlan }, 'lv')).toBe(text));

  it.each<[Locale, number, string]>([
    ['lv', 3, 'Pēdējā progresa ierakstā pārliecība bija 3/10.'],
    ['lv', 2.5, 'Pēdējā progresa ierakstā pārliecība bija 2,5/10.'],
    ['en', 2.5, 'Confidence was 2.5/10 at the last check-in.'],
  ])('numbers are written the reader\'s way (%s, %d)', (locale, lastConfidence, text) => expect(textOf({ lastConfidence }, locale)).toBe(text));
});

describe('every reason and status speaks both languages', () => {
  const findings: { [C in RiskCode]: RiskFinding & { code: C } } = {
    behind_plan: { code: 'behind_plan', severity: 'risk', params: { progressPercent: 10, expectedPercent: 50, gapPoints: 40 } },
    overdue: { code: 'overdue', severity: 'risk', params: { days: 3, dueOn: '2026-03-07' } },
    no_recent_check_in: { code: 'no_recent_check_in', severity: 'attention', params: { days: 12, cadenceDays: 7, horizon: 'month', countsFrom: 'last_check_in' } },
    low_confidence: { code: 'low_confidence', severity: 'attention', params: { confidence: 4, lastCheckInOn: '2026-03-01' } },
    no_measure: { code: 'no_measure', severity: 'attention', params: { days: 15 } },
    review_overdue: { code: 'review_overdue', severity: 'attention', params: { days: 5, dueOn: '2026-03-05' } },
    obstacle_without_plan: { code: 'obstacle_without_plan', severity: 'attention', params: { count: 1 } },
  };
  it.each(Object.values(findings))('$code', (finding) => {
    const en = describeRiskReason(finding, 'en');
    const lv = describeRiskReason(finding, 'lv');
    expect(en).toMatch(/^[A-Z0-9].*\.$/);
    expect(en).not.toMatch(LATVIAN_LETTER);
    expect(lv).toMatch(/^[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9].*\.$/);
    expect(lv).toMatch(LATVIAN_LETTER);
    expect(lv).not.toBe(en);
  });

  it('status labels', () => {
    for (const labels of Object.values(RISK_STATUS_LABELS)) {
      for (const locale of LOCALES) expect(labels[locale].length).toBeGreaterThan(0);
    }
    expect(RISK_STATUS_LABELS.needs_attention.lv).toMatch(LATVIAN_LETTER);
  });
});
