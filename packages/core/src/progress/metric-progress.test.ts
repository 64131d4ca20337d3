import { describe, expect, it } from 'vitest';
import type { Metric, Observation } from './metric.ts';
import { combineMetricProgress, measureGoalMetrics, measureMetric, progressOfValue, type WeightedProgress } from './metric-progress.ts';
import { findCurrentObservation, listObservationsInForce } from './observations.ts';

const metric = (baseline: number, target: number, extra: Partial<Metric> = {}): Metric => ({
  id: 'm1',
  name: 'Presentations given',
  unit: '',
  kind: 'number',
  baseline,
  baselineOn: '2026-01-01',
  target,
  ...extra,
});
const seen = (value: number, effectiveOn: string, recordedAt = `${effectiveOn}T12:00:00Z`): Observation => ({ value, effectiveOn, recordedAt });

describe('measureMetric: both directions', () => {
  type Row = [string, number, number, number, { progress: number; overshoot: number; rawProgress: number; isBehindBaseline: boolean }];
  it.each<Row>([
    ['rising, at the baseline', 0, 10, 0, { progress: 0, overshoot: 0, rawProgress: 0, isBehindBaseline: false }],
    ['rising, half way', 0, 10, 5, { progress: 0.5, overshoot: 0, rawProgress: 0.5, isBehindBaseline: false }],
    ['rising, at the target', 0, 10, 10, { progress: 1, overshoot: 0, rawProgress: 1, isBehindBaseline: false }],
    ['rising, past the target: overshoot apart', 0, 20, 25, { progress: 1, overshoot: 0.25, rawProgress: 1.25, isBehindBaseline: false }],
    ['rising, below the baseline: counts 0', 10, 20, 8, { progress: 0, overshoot: 0, rawProgress: -0.2, isBehindBaseline: true }],
    ['falling (60 → 50 hours a week), half way', 60, 50, 55, { progress: 0.5, overshoot: 0, rawProgress: 0.5, isBehindBaseline: false }],
    ['falling, at the target', 60, 50, 50, { progress: 1, overshoot: 0, rawProgress: 1, isBehindBaseline: false }],
    ['falling, past the target: overshoot apart', 60, 50, 47.5, { progress: 1, overshoot: 0.25, rawProgress: 1.25, isBehindBaseline: false }],
    ['falling, above the baseline: counts 0', 60, 50, 65, { progress: 0, overshoot: 0, rawProgress: -0.5, isBehindBaseline: true }],
    ['negative numbers, rising', -10, -2, -6, { progress: 0.5, overshoot: 0, rawProgress: 0.5, isBehindBaseline: false }],
  ])('%s', (_name, baseline, target, value, expected) => {
    const measured = measureMetric(metric(baseline, target), [seen(value, '2026-03-01')]);
    expect(measured).toMatchObject({ ...expected, current: value, currentOn: '2026-03-01', hasMeasure: true });
  });

  it('a stress score from 8 to 5 that rose to 9 counts 0, a third of the way the wrong way', () => {
    const measured = measureMetric(metric(8, 5), [seen(9, '2026-03-01')]);
    expect(measured.progress).toBe(0);
    expect(measured.rawProgress).toBeCloseTo(-1 / 3);
    expect(measured.direction).toBe('decrease');
  });

  it('a scorecard item rated 3 on a 1-5 scale, from 2 to 4, is half way', () => {
    const item = metric(2, 4, { kind: 'scale', min: 1, max: 5 });
    expect(measureMetric(item, [seen(3, '2026-03-01')]).progress).toBe(0.5);
  });

  it('without any value: progress 0 and no measure yet', () => {
    expect(measureMetric(metric(0, 10, { weight: 2 }), [])).toEqual({
      metricId: 'm1',
      weight: 2,
      direction: 'increase',
      current: null,
      currentOn: null,
      rawProgress: null,
      progress: 0,
      overshoot: 0,
      isBehindBaseline: false,
      hasMeasure: false,
    });
  });

  it('refuses a metric whose target equals its baseline', () => {
    expect(() => measureMetric(metric(5, 5), [seen(6, '2026-03-01')])).toThrow(RangeError);
    expect(() => progressOfValue({ baseline: 5, target: 5 }, 6)).toThrow(RangeError);
  });
});

describe('findCurrentObservation: the latest by effective date, then by recorded time', () => {
  const history = [seen(2, '2026-03-01'), seen(4, '2026-03-08'), seen(3, '2026-03-05')];
  it.each<[string, Observation[], number | null]>([
    ['nothing recorded', [], null],
    ['the latest date, whatever the order given', history, 4],
    ['a value back-filled later for an earlier day does not become current', [...history, seen(1, '2026-02-20', '2026-03-09T09:00:00Z')], 4],
    ['a value back-filled for a day after the latest one does', [...history, seen(5, '2026-03-09', '2026-03-10T09:00:00Z')], 5],
    ['the same day twice: the later recording wins (a correction)', [seen(4, '2026-03-08', '2026-03-08T18:00:00Z'), seen(6, '2026-03-08', '2026-03-08T09:00:00Z')], 4],
    ['the same day twice, given the other way round', [seen(6, '2026-03-08', '2026-03-08T09:00:00Z'), seen(4, '2026-03-08', '2026-03-08T18:00:00Z')], 4],
    ['recorded times are instants: 12:00+02:00 is before 11:00Z', [seen(7, '2026-03-08', '2026-03-08T11:00:00Z'), seen(8, '2026-03-08', '2026-03-08T12:00:00+02:00')], 7],
    ['the same day at the same instant: the one given last wins', [seen(6, '2026-03-08'), seen(9, '2026-03-08')], 9],
  ])('%s', (_name, observations, value) => {
    expect(findCurrentObservation(observations)?.value ?? null).toBe(value);
  });

  it('progress follows the current value, not the one recorded last', () => {
    const measured = measureMetric(metric(0, 10), [seen(6, '2026-03-08', '2026-03-08T10:00:00Z'), seen(9, '2026-03-01', '2026-03-09T10:00:00Z')]);
    expect(measured).toMatchObject({ current: 6, currentOn: '2026-03-08', progress: 0.6 });
  });
});

describe('listObservationsInForce', () => {
  it('one value per day, the latest recorded, in date order, back-filled values in their place', () => {
    const listed = listObservationsInForce([
      seen(4, '2026-03-08', '2026-03-08T09:00:00Z'),
      seen(2, '2026-03-01'),
      seen(5, '2026-03-08', '2026-03-08T19:00:00Z'),
      seen(1, '2026-02-20', '2026-03-09T09:00:00Z'),
    ]);
    expect(listed.map((o) => [o.effectiveOn, o.value])).toEqual([
      ['2026-02-20', 1],
      ['2026-03-01', 2],
      ['2026-03-08', 5],
    ]);
  });
});

describe('combineMetricProgress: a goal\'s own metrics, a scorecard', () => {
  const part = (progress: number, weight = 1, hasMeasure = true): WeightedProgress => ({ progress, weight, hasMeasure });
  it.each<[string, WeightedProgress[], { progress: number; weight: number; hasMeasure: boolean }]>([
    ['no metrics', [], { progress: 0, weight: 0, hasMeasure: false }],
    ['one metric', [part(0.4)], { progress: 0.4, weight: 1, hasMeasure: true }],
    ['equal weights: the plain mean', [part(0.2), part(0.6)], { progress: 0.4, weight: 2, hasMeasure: true }],
    ['weights 1 and 3', [part(0), part(1, 3)], { progress: 0.75, weight: 4, hasMeasure: true }],
    ['an unmeasured metric counts 0 with its weight', [part(1), part(0, 1, false)], { progress: 0.5, weight: 2, hasMeasure: true }],
    ['nothing measured at all', [part(0, 1, false), part(0, 2, false)], { progress: 0, weight: 3, hasMeasure: false }],
    ['a weight of 0 counts for nothing', [part(1), part(0, 0)], { progress: 1, weight: 1, hasMeasure: true }],
  ])('%s', (_name, parts, expected) => {
    const combined = combineMetricProgress(parts);
    expect(combined.progress).toBeCloseTo(expected.progress);
    expect(combined).toMatchObject({ weight: expected.weight, hasMeasure: expected.hasMeasure });
  });

  it('scores a scorecard of competencies rated 1-5, weighted', () => {
    const item = (id: string, baseline: number, target: number, weight: number): Metric =>
      metric(baseline, target, { id, name: id, kind: 'scale', min: 1, max: 5, weight });
    const scorecard = measureGoalMetrics([
      { metric: item('delegation', 2, 4, 2), observations: [seen(3, '2026-03-01')] }, // 0.5, weight 2
      { metric: item('feedback', 1, 5, 1), observations: [seen(5, '2026-03-01')] }, // 1, weight 1
      { metric: item('listening', 3, 5, 1), observations: [] }, // 0, weight 1, not rated yet
    ]);
    expect(scorecard.metrics.map((m) => [m.metricId, m.progress])).toEqual([
      ['delegation', 0.5],
      ['feedback', 1],
      ['listening', 0],
    ]);
    expect(scorecard).toMatchObject({ progress: (2 * 0.5 + 1 + 0) / 4, weight: 4, hasMeasure: true });
  });
});
