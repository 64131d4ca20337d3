import { describe, expect, it } from 'vitest';
import { formatAxisNumber } from './format';

describe('numbers on a chart axis', () => {
  it('keeps small figures as they are and shortens large ones to fit the axis', () => {
    expect(['en', 'lv'].map((language) => formatAxisNumber(2.5, language as 'en' | 'lv'))).toEqual(['2.5', '2,5']);
    expect(formatAxisNumber(9_999, 'en')).toBe('9,999');
    expect(formatAxisNumber(12_000, 'en')).toBe('12k');
    expect(formatAxisNumber(3_400_000, 'lv')).toBe('3,4\u00a0milj.');
    expect(formatAxisNumber(-250_000, 'en')).toBe('-250k');
    expect(formatAxisNumber(1e20, 'en')).toBe('1E20');
  });
});
