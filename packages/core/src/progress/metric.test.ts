import { describe, expect, it } from 'vitest';
import { metricDirection, validateMetric, validateObservation, type MetricDraft, type MetricProblem, type Observation } from './metric.ts';

const number: MetricDraft = { kind: 'number', baseline: 60, baselineOn: '2026-03-01', target: 50 };
const scale: MetricDraft = { kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn: '2026-03-01', target: 4 };

describe('metricDirection', () => {
  it.each<[number, number, string]>([
    [0, 5, 'increase'],
    [60, 50, 'decrease'],
    [-3, -1, 'increase'],
  ])('%d → %d: %s', (baseline, target, direction) => expect(metricDirection({ baseline, target })).toBe(direction));

  it('has no direction when the target equals the baseline', () => {
    expect(() => metricDirection({ baseline: 3, target: 3 })).toThrow(RangeError);
  });
});

describe('validateMetric', () => {
  it.each<[string, MetricDraft, MetricProblem[]]>([
    ['a falling number (hours a week, 60 → 50)', number, []],
    ['a competency rated 1-5, from 2 to 4', scale, []],
    ['a scale item aimed at the top of the scale', { ...scale, target: 5 }, []],
    ['a weight of 2', { ...number, weight: 2 }, []],
    ['a target equal to the baseline', { ...number, target: 60 }, [{ field: 'target', code: 'baseline_equals_target' }]],
    ['a scale without bounds', { ...scale, min: undefined, max: null }, [{ field: 'min', code: 'scale_bounds_required' }, { field: 'max', code: 'scale_bounds_required' }]],
    ['a scale without its top', { ...scale, max: undefined }, [{ field: 'max', code: 'scale_bounds_required' }]],
    ['a scale running from 5 down to 1', { ...scale, min: 5, max: 1 }, [{ field: 'max', code: 'scale_bounds_inverted' }]],
    ['a scale of one point', { ...scale, min: 3, max: 3, baseline: 3, target: 3 }, [{ field: 'target', code: 'baseline_equals_target' }, { field: 'max', code: 'scale_bounds_inverted' }]],
    ['a baseline below the scale', { ...scale, baseline: 0 }, [{ field: 'baseline', code: 'outside_scale' }]],
    ['a target above the scale', { ...scale, target: 6 }, [{ field: 'target', code: 'outside_scale' }]],
    ['a plain number is not held to bounds', { ...number, min: 0, max: 10 }, []],
    ['no weight', { ...number, weight: 0 }, [{ field: 'weight', code: 'weight_not_positive' }]],
    ['a negative weight', { ...number, weight: -1 }, [{ field: 'weight', code: 'weight_not_positive' }]],
    ['a baseline date that does not exist', { ...number, baselineOn: '2026-02-30' }, [{ field: 'baselineOn', code: 'not_a_date' }]],
    ['a baseline that is not a number', { ...number, baseline: Number.NaN }, [{ field: 'baseline', code: 'not_a_number' }]],
  ])('%s', (_name, metric, problems) => expect(validateMetric(metric)).toEqual(problems));
});

describe('validateObservation', () => {
  const value = (v: number, effectiveOn = '2026-03-05', recordedAt = '2026-03-05T18:00:00Z'): Observation => ({ value: v, effectiveOn, recordedAt });
  it.each<[string, MetricDraft, Observation, string[]]>([
    ['a number', number, value(57), []],
    ['a number may go anywhere, even the wrong way', number, value(75), []],
    ['a rating on the scale', scale, value(5), []],
    ['a rating above the scale', scale, value(6), ['value:outside_scale']],
    ['a rating below the scale', scale, value(0), ['value:outside_scale']],
    ['not a number', number, value(Number.POSITIVE_INFINITY), ['value:not_a_number']],
    ['an effective date that does not exist', number, value(57, '2026-13-01'), ['effectiveOn:not_a_date']],
    ['a recorded time with an offset', number, value(57, '2026-03-05', '2026-03-05T20:00:00.123+02:00'), []],
    ['a recorded time without an offset', number, value(57, '2026-03-05', '2026-03-05T18:00:00'), ['recordedAt:not_an_instant']],
    ['a recorded date without a time', number, value(57, '2026-03-05', '2026-03-05'), ['recordedAt:not_an_instant']],
  ])('%s', (_name, metric, observation, problems) => {
    expect(validateObservation(metric, observation).map((p) => `${p.field}:${p.code}`)).toEqual(problems);
  });
});
