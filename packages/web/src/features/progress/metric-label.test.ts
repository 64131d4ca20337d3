import { describe, expect, it } from 'vitest';
import { metricLabel } from './metric-label';

describe('metricLabel', () => {
  it('names a metric with its unit, and without one when it has none', () => {
    expect(metricLabel({ name: 'Uzstāšanās', unit: 'reizes' })).toBe('Uzstāšanās (reizes)');
    expect(metricLabel({ name: 'Confidence', unit: '' })).toBe('Confidence');
  });
});
