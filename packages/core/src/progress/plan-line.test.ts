import { describe, expect, it } from 'vitest';
import type { Metric, Observation } from './metric.ts';
import { expectedOfMetrics, expectedProgress, metricPlanPeriod, planLineEnds, plannedValueOn, type PlanLine, type PlanPeriod } from './plan-line.ts';
import { buildMetricSeries } from './series.ts';

// A 90-day quarter goal: 1 April to 30 June 2026 is 90 days.
const quarter: PlanPeriod = { startsOn: '2026-04-01', dueOn: '2026-06-30' };

describe('expectedProgress: the share of the period passed', () => {
  it.each<[string, number]>([
    ['2026-03-01', 0],
    ['2026-03-31', 0],
    ['2026-04-01', 0],
    ['2026-04-10', 0.1],
    ['2026-05-16', 0.5],
    ['2026-06-21', 0.9],
    ['2026-06-30', 1],
    ['2026-07-01', 1],
    ['2027-01-01', 1],
  ])('on %s: %d', (date, expected) => expect(expectedProgress(quarter, date)).toBeCloseTo(expected, 10));

  it.each<[string, PlanPeriod, string, number]>([
    ['due the day it starts: nothing before', { startsOn: '2026-04-01', dueOn: '2026-04-01' }, '2026-03-31', 0],
    ['due the day it starts: everything that day', { startsOn: '2026-04-01', dueOn: '2026-04-01' }, '2026-04-01', 1],
    ['due before it starts: everything from the due date', { startsOn: '2026-04-10', dueOn: '2026-04-01' }, '2026-04-05', 1],
  ])('%s', (_name, period, date, expected) => expect(expectedProgress(period, date)).toBe(expected));

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => expectedProgress(quarter, '10.04.2026')).toThrow(RangeError);
  });
});

describe('plannedValueOn: the plan line, both directions', () => {
  const rising: PlanLine = { ...quarter, baseline: 0, target: 5 };
  const falling: PlanLine = { ...quarter, baseline: 60, target: 50 };
  it.each<[string, PlanLine, string, number]>([
    ['rising, before the start: the baseline', rising, '2026-03-15', 0],
    ['rising, at the start', rising, '2026-04-01', 0],
    ['rising, half way', rising, '2026-05-16', 2.5],
    ['rising, on the due date: the target', rising, '2026-06-30', 5],
    ['rising, after the due date: still the target', rising, '2026-08-01', 5],
    ['falling, before the start', falling, '2026-01-01', 60],
    ['falling, half way', falling, '2026-05-16', 55],
    ['falling, after the due date', falling, '2026-07-15', 50],
  ])('%s', (_name, line, date, value) => expect(plannedValueOn(line, date)).toBeCloseTo(value, 10));

  it('draws from (start, baseline) to (due date, target)', () => {
    expect(planLineEnds(falling)).toEqual([
      { on: '2026-04-01', value: 60 },
      { on: '2026-06-30', value: 50 },
    ]);
  });
});

describe('buildMetricSeries', () => {
  const hours: Metric = { id: 'hours', name: 'Hours worked a week', unit: 'h', kind: 'number', baseline: 60, baselineOn: '2026-03-25', target: 50 };
  const observations: Observation[] = [
    { value: 55, effectiveOn: '2026-05-16', recordedAt: '2026-05-16T18:00:00Z' },
    { value: 58, effectiveOn: '2026-04-10', recordedAt: '2026-04-10T18:00:00Z' },
    { value: 54, effectiveOn: '2026-05-16', recordedAt: '2026-05-17T08:00:00Z' },
    { value: 61, effectiveOn: '2026-03-28', recordedAt: '2026-05-01T08:00:00Z' },
  ];

  it('gives the values by date, one per day, each with the plan line that day, and the plan line', () => {
    expect(buildMetricSeries(hours, observations, quarter)).toEqual({
      metricId: 'hours',
      name: 'Hours worked a week',
      unit: 'h',
      direction: 'decrease',
      baseline: 60,
      target: 50,
      actual: [
        { on: '2026-03-28', value: 61, planned: 60 },
        { on: '2026-04-10', value: 58, planned: 59 },
        { on: '2026-05-16', value: 54, planned: 55 },
      ],
      plan: [
        { on: '2026-04-01', value: 60 },
        { on: '2026-06-30', value: 50 },
      ],
    });
  });

  it('a goal without dates has values but no plan', () => {
    const series = buildMetricSeries(hours, observations, null);
    expect(series.plan).toBeNull();
    expect(series.actual.map((p) => p.planned)).toEqual([null, null, null]);
  });

  it('no values yet: an empty series with its plan line', () => {
    expect(buildMetricSeries(hours, [], quarter)).toMatchObject({ actual: [], plan: [{ value: 60 }, { value: 50 }] });
  });
});

describe('a metric added midway is planned from its baseline', () => {
  it("starts the metric's plan on its baseline's day when that came after the goal began, else on the goal's start", () => {
    expect(metricPlanPeriod(quarter, '2026-05-16')).toEqual({ startsOn: '2026-05-16', dueOn: '2026-06-30' });
    expect(metricPlanPeriod(quarter, '2026-03-20')).toEqual(quarter);
    expect(metricPlanPeriod(quarter, '2026-04-01')).toEqual(quarter);
    // A baseline on or after the due date leaves no time of its own: the goal's period stands.
    expect(metricPlanPeriod(quarter, '2026-06-30')).toEqual(quarter);
  });

  it('expects nothing yet of a metric whose baseline was taken today, and weighs the metrics as their progress is', () => {
    // Half way through the quarter (15 May): a metric from the start is expected half done.
    expect(expectedOfMetrics(quarter, [{ baselineOn: '2026-04-01', weight: 1 }], '2026-05-16')).toBeCloseTo(0.5, 2);
    // One added that day is expected at 0; the two together at a quarter, or a sixth when the new one weighs 2.
    expect(expectedOfMetrics(quarter, [{ baselineOn: '2026-05-16', weight: 1 }], '2026-05-16')).toBe(0);
    expect(expectedOfMetrics(quarter, [{ baselineOn: '2026-04-01', weight: 1 }, { baselineOn: '2026-05-16', weight: 1 }], '2026-05-16')).toBeCloseTo(0.25, 2);
    expect(expectedOfMetrics(quarter, [{ baselineOn: '2026-04-01', weight: 1 }, { baselineOn: '2026-05-16', weight: 2 }], '2026-05-16')).toBeCloseTo(0.5 / 3, 2);
    // Without metrics, the goal's own period.
    expect(expectedOfMetrics(quarter, [], '2026-05-16')).toBe(expectedProgress(quarter, '2026-05-16'));
  });
});
