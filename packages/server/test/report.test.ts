// The printable report (renderReport) as its reader reads it: numbers and ranges written the way
// the app writes them in the reader's language. No database: the page is built from progress.
import type { Locale } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/features/exports/report.ts';
import type { GoalProgress } from '../src/features/progress/compute.ts';

/** A vision with one metric, measured at 3.6 of a target of 4.5 from a baseline of 1.2. */
function visionWithMetric(): GoalProgress {
  const goalId = 'goal-1';
  return {
    goal: {
      id: goalId, practiceId: 'practice-1', engagementId: 'engagement-1', parentId: null, horizon: 'vision', state: 'active', weight: 1,
      activatedAt: new Date('2026-01-05T09:00:00Z'), activatedOn: '2026-01-05', awaitingAgreementFrom: [], mySide: 'client',
      current: { title: 'Lead the product team', startsOn: '2026-01-05', dueOn: '2028-12-31' },
    },
    rolled: { id: goalId, state: 'active', progress: 0.73, expected: 0.2, hasMeasure: true, countsInParent: true, weight: 1, children: [] },
    risk: { status: 'on_track', reasons: [] },
    metrics: [
      {
        metric: { id: 'metric-1', goalId, name: 'Feedback score', unit: 'points', kind: 'number', min: null, max: null, baseline: 1.2, baselineOn: '2026-01-05', target: 4.5, weight: 1, createdAt: new Date('2026-01-05T09:00:00Z') },
        progress: { metricId: 'metric-1', weight: 1, direction: 'increase', current: 3.6, currentOn: '2026-03-01', rawProgress: 0.73, progress: 0.73, overshoot: 0, isBehindBaseline: false, hasMeasure: true },
      },
    ],
    lastCheckIn: { effectiveOn: '2026-03-01', confidence: 7 },
    lastReviewOn: null,
    children: [],
  };
}

const render = (locale: Locale) =>
  renderReport({
    personName: 'Anna Bērziņa',
    locale,
    asOf: '2026-03-20',
    engagements: [{ practiceName: 'North Star', coachName: 'Coach', clientName: 'Anna Bērziņa', values: [], goals: [visionWithMetric()], commitments: [] }],
  });

describe('renderReport', () => {
  it.each<[Locale, string, string]>([
    ['en', '<td>1.2 points</td><td>3.6 points</td><td>4.5 points</td>', 'Vision (1–3 years)'],
    ['lv', '<td>1,2 points</td><td>3,6 points</td><td>4,5 points</td>', 'Vīzija (1–3 gadi)'],
  ])('writes numbers and the vision range the way the app writes them (%s)', (locale, values, horizon) => {
    const page = render(locale);
    expect(page).toContain(values);
    expect(page).toContain(`<small>(${horizon})</small>`);
  });
});
