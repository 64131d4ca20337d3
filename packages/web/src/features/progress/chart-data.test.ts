import { describe, expect, it } from 'vitest';
import type { MetricProgress } from '../../api/types';
import { dayNumber, isoDateOf, metricChartData, niceAxis } from './chart-data';

function metric(init: Partial<MetricProgress> = {}): MetricProgress {
  return {
    metricId: 'm',
    name: 'Presentations',
    unit: 'times',
    kind: 'number',
    min: null,
    max: null,
    direction: 'increase',
    baseline: 0,
    baselineOn: '2026-11-04',
    target: 3,
    weight: 1,
    current: null,
    currentOn: null,
    progress: 0,
    overshoot: 0,
    hasMeasure: false,
    actual: [],
    plan: [
      { on: '2026-11-04', value: 0 },
      { on: '2026-12-02', value: 3 },
    ],
    ...init,
  };
}

describe('metricChartData', () => {
  it('starts the values from the baseline and orders them by date', () => {
    const data = metricChartData(
      metric({
        actual: [
          { on: '2026-11-20', value: 2, planned: 1.7 },
          { on: '2026-11-10', value: 1, planned: 0.6 },
        ],
      }),
      '2026-11-24',
    );
    expect(data.actual.map((point) => [point.on, point.value])).toEqual([
      ['2026-11-04', 0],
      ['2026-11-10', 1],
      ['2026-11-20', 2],
    ]);
    expect(data.plan.map((point) => [point.on, point.value])).toEqual([
      ['2026-11-04', 0],
      ['2026-12-02', 3],
    ]);
  });

  it('does not add the baseline when a value was recorded on its day or before', () => {
    const data = metricChartData(metric({ actual: [{ on: '2026-11-04', value: 1, planned: 0 }] }), '2026-11-24');
    expect(data.actual.map((point) => point.value)).toEqual([1]);
  });

  it('stretches the time axis to today when the goal is overdue, and holds every value', () => {
    const data = metricChartData(metric({ actual: [{ on: '2026-12-10', value: 5, planned: null }] }), '2026-12-20');
    expect(data.days).toEqual([dayNumber('2026-11-04'), dayNumber('2026-12-20')]);
    expect(data.values[0]).toBe(0);
    expect(data.values[1]).toBeGreaterThanOrEqual(5);
    expect(data.today).toBe(dayNumber('2026-12-20'));
    // Today at the axis's end: its label goes to the left of its line, inside the chart.
    expect(data.todayLabelSide).toBe('left');
  });

  it("labels today to the right of its line when today is early on the axis, clear of the value axis", () => {
    expect(metricChartData(metric({}), '2026-11-04').todayLabelSide).toBe('right');
  });

  it('frames a scale by its bounds, and a metric going down without dipping below zero', () => {
    const scale = metricChartData(metric({ kind: 'scale', baseline: 2, target: 4 }), '2026-11-24', { min: 1, max: 5 });
    expect(scale.values).toEqual([1, 5]);
    expect(scale.valueTicks).toEqual([1, 2, 3, 4, 5]);
    const [low, high] = metricChartData(metric({ direction: 'decrease', baseline: 60, target: 45 }), '2026-11-24').values;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(low).toBeLessThanOrEqual(45);
    expect(high).toBeGreaterThanOrEqual(60);
  });

  it('works without a plan line (a goal without dates)', () => {
    const data = metricChartData(metric({ plan: [] }), '2026-11-04');
    expect(data.plan).toEqual([]);
    expect(data.days[1]).toBeGreaterThan(data.days[0]);
  });
});

describe('axis helpers', () => {
  it('counts days across months and back', () => {
    expect(dayNumber('2026-12-01') - dayNumber('2026-11-30')).toBe(1);
    expect(isoDateOf(dayNumber('2028-02-29'))).toBe('2028-02-29');
  });

  it('rounds an axis outwards to readable steps, about five ticks', () => {
    expect(niceAxis(0, 3)).toEqual({ range: [0, 4], ticks: [0, 1, 2, 3, 4] });
    expect(niceAxis(75, 80)).toEqual({ range: [74, 82], ticks: [74, 76, 78, 80, 82] });
    expect(niceAxis(0, 10)).toEqual({ range: [0, 12.5], ticks: [0, 2.5, 5, 7.5, 10, 12.5] });
    expect(niceAxis(1.5, 1.8)).toEqual({ range: [1.4, 1.9], ticks: [1.4, 1.5, 1.6, 1.7, 1.8, 1.9] });
    expect(niceAxis(-3, 3).range[0]).toBeLessThan(-3);
  });
});
